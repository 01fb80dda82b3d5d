package org.onewindow.catalog.organisation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.onewindow.catalog.organisation.domain.Department;
import org.onewindow.catalog.organisation.domain.OrganisationEvent;
import org.onewindow.catalog.organisation.domain.RegisteredCentre;
import org.onewindow.catalog.organisation.domain.RegisteredDepartment;
import org.onewindow.catalog.organisation.domain.ServiceCentre;
import org.onewindow.platform.commands.Command;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.commands.IfMatch;
import org.onewindow.platform.kernel.Aggregate;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.CentreCode;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.RuleViolation;
import org.springframework.stereotype.Service;

/**
 * Saves departments and centres (PUT is "create or replace") through the command path, which announces their
 * full state on {@code catalog.items}. {@code If-Match}, when given, must name the stored version.
 */
@Service
public class Organisation {

    private final CommandPath<DepartmentCode, RegisteredDepartment, OrganisationEvent> departments;
    private final CommandPath<CentreCode, RegisteredCentre, OrganisationEvent> centres;
    private final OrganisationReads reads;
    private final Clock clock;

    public Organisation(CommandPath<DepartmentCode, RegisteredDepartment, OrganisationEvent> departments,
                        CommandPath<CentreCode, RegisteredCentre, OrganisationEvent> centres, OrganisationReads reads,
                        Clock clock) {
        this.departments = departments;
        this.centres = centres;
        this.reads = reads;
        this.clock = clock;
    }

    public RegisteredDepartment save(Department department, String ifMatch, AuditActor actor) {
        DepartmentCode code = code(() -> DepartmentCode.of(department.code()));
        Instant at = clock.instant();
        return createOrReplace(departments, code, reads.department(code).isPresent(),
                put("save-department", ifMatch, actor), () -> RegisteredDepartment.register(department, at),
                d -> d.replace(department, at));
    }

    public RegisteredCentre save(ServiceCentre centre, String ifMatch, AuditActor actor) {
        CentreCode code = code(() -> CentreCode.of(centre.code()));
        Instant at = clock.instant();
        return createOrReplace(centres, code, reads.centre(code).isPresent(), put("save-centre", ifMatch, actor),
                () -> RegisteredCentre.register(centre, reads::centreLevel, at),
                c -> c.replace(centre, reads::centreLevel, at));
    }

    /** A PUT: {@code If-Match} is checked when given. */
    private static <A extends Aggregate<?>> Command<A> put(String name, String ifMatch, AuditActor actor) {
        return Command.<A>of(name, actor).ifMatch(ifMatch, IfMatch.WHEN_GIVEN);
    }

    /** PUT's "create or replace": a code new to the catalog registers, a known one is replaced as a whole. */
    private static <K, A extends Aggregate<OrganisationEvent>> A createOrReplace(
            CommandPath<K, A, OrganisationEvent> path, K code, boolean known, Command<A> command, Supplier<A> register,
            Consumer<A> replace) {
        return known ? path.change(code, command, replace) : path.create(command, register);
    }

    private static <T> T code(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("code", "organisation.code-format",
                    "a code is one line of at most 64 characters without surrounding blanks");
        }
    }
}

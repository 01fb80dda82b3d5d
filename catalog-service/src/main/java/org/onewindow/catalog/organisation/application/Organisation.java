package org.onewindow.catalog.organisation.application;

import java.time.Clock;

import org.onewindow.catalog.organisation.domain.Department;
import org.onewindow.catalog.organisation.domain.OrganisationEvent;
import org.onewindow.catalog.organisation.domain.RegisteredCentre;
import org.onewindow.catalog.organisation.domain.RegisteredDepartment;
import org.onewindow.catalog.organisation.domain.ServiceCentre;
import org.onewindow.platform.commands.Command;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.commands.IfMatch;
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
        var at = clock.instant();
        Command<RegisteredDepartment> command = Command.<RegisteredDepartment>of("save-department", actor)
                .ifMatch(ifMatch, IfMatch.WHEN_GIVEN);
        if (reads.department(code).isEmpty()) {
            return departments.create(command, () -> RegisteredDepartment.register(department, at));
        }
        return departments.change(code, command, d -> d.replace(department, at));
    }

    public RegisteredCentre save(ServiceCentre centre, String ifMatch, AuditActor actor) {
        CentreCode code = code(() -> CentreCode.of(centre.code()));
        var at = clock.instant();
        Command<RegisteredCentre> command = Command.<RegisteredCentre>of("save-centre", actor)
                .ifMatch(ifMatch, IfMatch.WHEN_GIVEN);
        if (reads.centre(code).isEmpty()) {
            return centres.create(command, () -> RegisteredCentre.register(centre, reads::centreLevel, at));
        }
        return centres.change(code, command, c -> c.replace(centre, reads::centreLevel, at));
    }

    private static <T> T code(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("code", "organisation.code-format",
                    "a code is one line of at most 64 characters without surrounding blanks");
        }
    }
}

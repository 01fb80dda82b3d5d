package org.onewindow.supervision.draws.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.onewindow.platform.commands.Command;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.supervision.draws.domain.Draw;
import org.springframework.transaction.annotation.Transactional;

/** Runs random inspection draws (双随机) on the command path and reads the recorded ones. */
public class Draws {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final CommandPath<UUID, Draw, Draw.Made> path;
    private final DrawStore draws;
    private final Clock clock;

    public Draws(CommandPath<UUID, Draw, Draw.Made> path, DrawStore draws, Clock clock) {
        this.path = path;
        this.draws = draws;
        this.clock = clock;
    }

    /**
     * Draws among the department's claimed records, in the transaction that records the draw.
     *
     * @param seed null for a fresh random seed (recorded with the draw)
     * @throws org.onewindow.platform.kernel.NotPermitted ({@code supervision.wrong-department}) when drawing for
     *                                                    another department
     */
    public Draw draw(Actor supervisor, String department, int holdersCount, int inspectorsCount,
                     List<String> inspectorPool, Long seed) {
        long chosenSeed = seed != null ? seed : SEEDS.nextLong();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return path.create(Command.of("draw", AuditActor.of(supervisor, "SUPERVISOR")), () -> {
            // before anything of another department is read (and before a text that is no code becomes one)
            Draw.requireMayDraw(supervisor, department);
            DepartmentCode code = DepartmentCode.of(department);
            return Draw.make(UUID.randomUUID(), supervisor, code, chosenSeed, holdersCount, inspectorsCount,
                    draws.candidates(code), inspectorPool, now);
        });
    }

    @Transactional(readOnly = true)
    public Draw get(UUID id) {
        return draws.find(id).orElseThrow(() -> new NotFound("draw", id.toString()));
    }

    @Transactional(readOnly = true)
    public PageResult<Draw> list(String department, PageQuery page) {
        return draws.page(department, page);
    }
}

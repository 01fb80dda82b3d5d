package org.onewindow.supervision.draws.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.Aggregate;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.Changes;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.UserId;

/**
 * A recorded draw (双随机一公开): with {@code seed}, {@code candidates} and {@code inspectorPool} anyone can repeat it
 * ({@link RandomDraw#draw}) and check {@code holders} and {@code inspectors}. Made once, never changed.
 */
public final class Draw implements Aggregate<Draw.Made> {

    /** The internal event of a draw; no contract event exists for draws, so nothing is published. */
    public record Made(UUID drawId, DepartmentCode department) {
    }

    private final UUID id;
    private final DepartmentCode department;
    private final long seed;
    private final int holdersCount;
    private final int inspectorsCount;
    private final List<String> candidates;
    private final List<String> inspectorPool;
    private final List<String> holders;
    private final List<String> inspectors;
    private final UserId drawnBy;
    private final OffsetDateTime drawnAt;
    private final Changes<Made> changes = new Changes<>();

    /**
     * @param candidates record ids that could be drawn (claimed records of the department, licence not revoked)
     * @param holders    record ids drawn for inspection
     */
    public Draw(UUID id, DepartmentCode department, long seed, int holdersCount, int inspectorsCount,
                List<String> candidates, List<String> inspectorPool, List<String> holders, List<String> inspectors,
                UserId drawnBy, OffsetDateTime drawnAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.department = Objects.requireNonNull(department, "department");
        this.seed = seed;
        this.holdersCount = holdersCount;
        this.inspectorsCount = inspectorsCount;
        this.candidates = List.copyOf(candidates);
        this.inspectorPool = List.copyOf(inspectorPool);
        this.holders = List.copyOf(holders);
        this.inspectors = List.copyOf(inspectors);
        this.drawnBy = Objects.requireNonNull(drawnBy, "drawnBy");
        this.drawnAt = Objects.requireNonNull(drawnAt, "drawnAt");
    }

    /**
     * Only a supervisor of the department draws for it.
     *
     * @throws NotPermitted ({@code supervision.wrong-department}) when drawing for another department
     */
    public static void requireMayDraw(Actor supervisor, String department) {
        if (!department.equals(supervisor.department())) {
            throw new NotPermitted("supervision.wrong-department", "a supervisor of " + supervisor.department()
                    + " cannot draw inspections for " + department);
        }
    }

    /**
     * Draws from the department's candidates and records the draw with everything needed to repeat it.
     *
     * @throws NotPermitted see {@link #requireMayDraw}
     * @throws org.onewindow.platform.kernel.RuleViolation see {@link RandomDraw#draw}
     */
    public static Draw make(UUID id, Actor supervisor, DepartmentCode department, long seed, int holdersCount,
                            int inspectorsCount, List<String> candidates, List<String> inspectorPool, OffsetDateTime now) {
        requireMayDraw(supervisor, department.value());
        RandomDraw.Drawn drawn = RandomDraw.draw(seed, candidates, inspectorPool, holdersCount, inspectorsCount);
        Draw draw = new Draw(id, department, seed, holdersCount, inspectorsCount, candidates, inspectorPool,
                drawn.holders(), drawn.inspectors(), UserId.of(supervisor.userId()), now);
        draw.changes.registerEvent(new Made(id, department));
        draw.changes.audit(AuditEntry.of(now.toInstant(), "DRAWN", AuditActor.of(supervisor, "SUPERVISOR"),
                holdersCount + " of " + candidates.size() + " holders, " + inspectorsCount + " inspectors, seed " + seed));
        return draw;
    }

    /** A draw is stored once: its version is 1 from then on. */
    @Override
    public long version() {
        return 1;
    }

    @Override
    public Changes<Made> changes() {
        return changes;
    }

    public UUID id() {
        return id;
    }

    public DepartmentCode department() {
        return department;
    }

    public long seed() {
        return seed;
    }

    public int holdersCount() {
        return holdersCount;
    }

    public int inspectorsCount() {
        return inspectorsCount;
    }

    public List<String> candidates() {
        return candidates;
    }

    public List<String> inspectorPool() {
        return inspectorPool;
    }

    public List<String> holders() {
        return holders;
    }

    public List<String> inspectors() {
        return inspectors;
    }

    public UserId drawnBy() {
        return drawnBy;
    }

    public OffsetDateTime drawnAt() {
        return drawnAt;
    }
}

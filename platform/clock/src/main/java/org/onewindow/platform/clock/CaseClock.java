package org.onewindow.platform.clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;
import org.onewindow.platform.kernel.Violation;

/**
 * The legal clock of a case (办件时限), or of one step of it: started on the day of acceptance (受理, not counted),
 * with a promised limit (承诺时限, the working target) and a statutory limit (法定时限), both in working days on
 * the catalog's calendar. Pauses stop it (special procedures, 补正); extensions lengthen only the statutory limit.
 * Immutable: every change returns a new clock, which the owning service persists with its case.
 *
 * <p>An open pause (still paused) has no known end. {@link #promisedDeadline()} and {@link #statutoryDeadline()}
 * then give the deadline as it stood when the clock stopped (the earliest it can be); the {@code (LocalDate asOf)}
 * variants assume the pause ends on {@code asOf}. Used and left working days, and the warning level, are frozen
 * while paused.
 */
public final class CaseClock {

    private final WorkingDayCalendar calendar;
    private final LocalDate acceptedOn;
    private final int promisedLimit;
    private final int statutoryLimit;
    private final List<Pause> pauses;
    private final List<Extension> extensions;
    private final WarningPolicy warningPolicy;

    private CaseClock(WorkingDayCalendar calendar, LocalDate acceptedOn, int promisedLimit, int statutoryLimit,
                      List<Pause> pauses, List<Extension> extensions, WarningPolicy warningPolicy) {
        this.calendar = calendar;
        this.acceptedOn = acceptedOn;
        this.promisedLimit = promisedLimit;
        this.statutoryLimit = statutoryLimit;
        this.pauses = List.copyOf(pauses);
        this.extensions = List.copyOf(extensions);
        this.warningPolicy = warningPolicy;
    }

    /** A running clock started on the day of acceptance, with the default warning policy. */
    public static CaseClock start(WorkingDayCalendar calendar, LocalDate acceptedOn, int promisedLimit, int statutoryLimit) {
        return restore(calendar, acceptedOn, promisedLimit, statutoryLimit, List.of(), List.of(), WarningPolicy.DEFAULT);
    }

    /**
     * Rebuilds a clock from its persisted parts (pauses in chronological order, only the last one open).
     *
     * @throws RuleViolation if the limits or pauses are inconsistent (rules {@code clock.*})
     */
    public static CaseClock restore(WorkingDayCalendar calendar, LocalDate acceptedOn, int promisedLimit, int statutoryLimit,
                                    List<Pause> pauses, List<Extension> extensions, WarningPolicy warningPolicy) {
        Objects.requireNonNull(calendar, "calendar");
        List<Violation> violations = new ArrayList<>();
        if (acceptedOn == null) {
            violations.add(new Violation("acceptedOn", "clock.start-required", "the clock starts on the day of acceptance"));
        }
        if (promisedLimit < 0) {
            violations.add(new Violation("promisedLimit", "clock.limit-negative", "the promised limit cannot be negative"));
        }
        if (statutoryLimit < promisedLimit) {
            violations.add(new Violation("statutoryLimit", "clock.promised-exceeds-statutory",
                    "the promised limit (" + promisedLimit + ") cannot exceed the statutory limit (" + statutoryLimit + ")"));
        }
        if (acceptedOn != null) {
            checkPauses(acceptedOn, pauses, violations);
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        return new CaseClock(calendar, acceptedOn, promisedLimit, statutoryLimit, pauses, extensions,
                Objects.requireNonNullElse(warningPolicy, WarningPolicy.DEFAULT));
    }

    private static void checkPauses(LocalDate acceptedOn, List<Pause> pauses, List<Violation> violations) {
        LocalDate previousEnd = acceptedOn;
        for (int i = 0; i < pauses.size(); i++) {
            Pause pause = pauses.get(i);
            if (pause.start().isBefore(acceptedOn)) {
                violations.add(new Violation("pause.start", "clock.pause-before-acceptance",
                        "a pause cannot start (" + pause.start() + ") before acceptance (" + acceptedOn + ")"));
            } else if (pause.start().isBefore(previousEnd)) {
                violations.add(new Violation("pause.start", "clock.pause-overlaps",
                        "a pause cannot start (" + pause.start() + ") before the previous one ended (" + previousEnd + ")"));
            }
            if (pause.isOpen() && i < pauses.size() - 1) {
                violations.add(new Violation("pause.end", "clock.pause-open",
                        "only the last pause can still be open; the one from " + pause.start() + " has no end"));
            }
            previousEnd = pause.isOpen() ? pause.start() : pause.end();
        }
    }

    public CaseClock withWarningPolicy(WarningPolicy policy) {
        return new CaseClock(calendar, acceptedOn, promisedLimit, statutoryLimit, pauses, extensions, policy);
    }

    /**
     * Stops the clock (or records a past, closed pause).
     *
     * @throws StateConflict {@code clock.already-paused} while another pause is open
     * @throws RuleViolation when the pause starts before acceptance or before the previous pause ended
     */
    public CaseClock paused(Pause pause) {
        Objects.requireNonNull(pause, "pause");
        openPause().ifPresent(open -> {
            throw new StateConflict("clock.already-paused", "the clock is paused since " + open.start()
                    + " (" + open.reason() + "); resume it before pausing again");
        });
        List<Pause> more = new ArrayList<>(pauses);
        more.add(pause);
        return restore(calendar, acceptedOn, promisedLimit, statutoryLimit, more, extensions, warningPolicy);
    }

    /**
     * Restarts the clock: the open pause ends on {@code end} (that day does not count; counting resumes the next day).
     *
     * @throws StateConflict {@code clock.not-paused} when the clock is running
     * @throws RuleViolation when {@code end} is before the pause started
     */
    public CaseClock resumed(LocalDate end) {
        Pause open = openPause().orElseThrow(() ->
                new StateConflict("clock.not-paused", "the clock is running; there is no pause to end"));
        List<Pause> closed = new ArrayList<>(pauses);
        closed.set(closed.size() - 1, open.endedOn(Objects.requireNonNull(end, "end")));
        return restore(calendar, acceptedOn, promisedLimit, statutoryLimit, closed, extensions, warningPolicy);
    }

    /** Lengthens the statutory limit; the promised deadline does not move. */
    public CaseClock extended(Extension extension) {
        List<Extension> more = new ArrayList<>(extensions);
        more.add(Objects.requireNonNull(extension, "extension"));
        return new CaseClock(calendar, acceptedOn, promisedLimit, statutoryLimit, pauses, more, warningPolicy);
    }

    /** The promised deadline (承诺期限): the promised limit's last working day, pauses skipped. */
    public LocalDate promisedDeadline() {
        return deadline(promisedLimit, null);
    }

    /** The promised deadline if an open pause ended on {@code asOf}. */
    public LocalDate promisedDeadline(LocalDate asOf) {
        return deadline(promisedLimit, asOf);
    }

    /** The statutory deadline (法定期限), extensions included, pauses skipped. */
    public LocalDate statutoryDeadline() {
        return deadline(extendedStatutoryLimit(), null);
    }

    /** The statutory deadline if an open pause ended on {@code asOf}. */
    public LocalDate statutoryDeadline(LocalDate asOf) {
        return deadline(extendedStatutoryLimit(), asOf);
    }

    /** Working days counted in {@code (acceptedOn, asOf]}, paused days excluded (an open pause counts nothing). */
    public int workingDaysUsed(LocalDate asOf) {
        if (!asOf.isAfter(acceptedOn)) {
            return 0;
        }
        return WorkingDays.countedDaysBetween(acceptedOn, asOf, counting(LocalDate.MAX));
    }

    /** Working days left before the promised deadline; 0 on the deadline day, negative once overdue. */
    public int workingDaysLeft(LocalDate asOf) {
        return promisedLimit - workingDaysUsed(asOf);
    }

    /** Working days left before the statutory deadline (extensions included); negative once overdue. */
    public int statutoryWorkingDaysLeft(LocalDate asOf) {
        return extendedStatutoryLimit() - workingDaysUsed(asOf);
    }

    /**
     * The light on {@code asOf}: RED past the promised deadline, YELLOW within the policy's working days before it
     * (deadline day included), else NONE. While paused the level stays what it was when the clock stopped.
     */
    public WarningLevel warning(LocalDate asOf) {
        LocalDate effective = pauseCovering(asOf).map(Pause::start).orElse(asOf);
        return warningPolicy.level(workingDaysLeft(asOf), effective.isAfter(promisedDeadline()));
    }

    /** Working days lost to pauses up to {@code asOf} (an open pause counted up to {@code asOf}). */
    public int pausedWorkingDays(LocalDate asOf) {
        int paused = 0;
        for (Pause pause : pauses) {
            LocalDate end = pause.isOpen() || pause.end().isAfter(asOf) ? asOf : pause.end();
            if (end.isAfter(pause.start())) {
                paused += WorkingDays.countedDaysBetween(pause.start(), end, calendar::isWorkingDay);
            }
        }
        return paused;
    }

    public boolean isPaused() {
        return openPause().isPresent();
    }

    /** True when {@code day} falls inside a pause, i.e. does not count. */
    public boolean isPausedOn(LocalDate day) {
        return pauseCovering(day).isPresent();
    }

    public Optional<Pause> openPause() {
        return pauses.isEmpty() || !pauses.getLast().isOpen() ? Optional.empty() : Optional.of(pauses.getLast());
    }

    public int extendedStatutoryLimit() {
        return statutoryLimit + extensions.stream().mapToInt(Extension::workingDays).sum();
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public LocalDate acceptedOn() {
        return acceptedOn;
    }

    public int promisedLimit() {
        return promisedLimit;
    }

    /** The statutory limit as set at acceptance, without extensions. */
    public int statutoryLimit() {
        return statutoryLimit;
    }

    public List<Pause> pauses() {
        return pauses;
    }

    public List<Extension> extensions() {
        return extensions;
    }

    public WarningPolicy warningPolicy() {
        return warningPolicy;
    }

    private Optional<Pause> pauseCovering(LocalDate day) {
        return pauses.stream().filter(p -> p.covers(day)).findFirst();
    }

    /** {@code openPauseEnd}: where an open pause is taken to end; {@code null} = at its start (it covers nothing). */
    private LocalDate deadline(int limit, LocalDate openPauseEnd) {
        return WorkingDays.nthCountedDayAfter(acceptedOn, limit, counting(openPauseEnd));
    }

    private Predicate<LocalDate> counting(LocalDate openPauseEnd) {
        List<Pause> effective = pauses.stream()
                .map(p -> !p.isOpen() ? p
                        : p.endedOn(openPauseEnd == null || openPauseEnd.isBefore(p.start()) ? p.start() : openPauseEnd))
                .toList();
        return day -> calendar.isWorkingDay(day) && effective.stream().noneMatch(p -> p.covers(day));
    }

    @Override
    public String toString() {
        return "CaseClock[acceptedOn=" + acceptedOn + ", promised=" + promisedLimit + ", statutory=" + statutoryLimit
                + (extensions.isEmpty() ? "" : "+" + (extendedStatutoryLimit() - statutoryLimit))
                + ", pauses=" + pauses.size() + (isPaused() ? " (paused)" : "") + "]";
    }
}

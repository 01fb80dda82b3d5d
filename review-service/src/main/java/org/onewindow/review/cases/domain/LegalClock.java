package org.onewindow.review.cases.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.onewindow.platform.clock.CaseClock;
import org.onewindow.platform.clock.Extension;
import org.onewindow.platform.clock.WarningPolicy;
import org.onewindow.platform.clock.WorkingDays;

/**
 * The legal clock of one case (办件时限, DESIGN §5 Clock) on today's calendar, as platform-clock's {@link CaseClock}
 * computes it: working days (Art. 82) from the day after acceptance, the promised and the statutory limit, the case's
 * pauses skipped, the statutory extension added. Also the clock of each step (department task): its step limit from
 * the day the task opened, the case's pauses since then skipped. Rebuilt per command, so a newly published calendar
 * year applies at once; it holds no state of its own.
 */
record LegalClock(CaseOpening opening, Pauses pauses, StatutoryExtension extension, WorkingDays calendar) {

    /** The case's clock: acceptance day, limits, every pause so far and the extension. */
    CaseClock ofCase() {
        CaseClock clock = CaseClock.restore(calendar.calendar(), opening.acceptedOn(), opening.promisedLimit(),
                opening.statutoryLimit(), pauses.since(opening.acceptedOn()), List.of(), WarningPolicy.DEFAULT);
        return extension == null ? clock
                : clock.extended(new Extension(extension.workingDays(), extension.approvedBy(), extension.reason()));
    }

    /** A step's clock: its limit from the day the task opened; a step has no statutory limit, so it is the step limit. */
    CaseClock ofStep(DepartmentTask task) {
        return CaseClock.restore(calendar.calendar(), task.openedOn(), task.limitWorkingDays(), task.limitWorkingDays(),
                pauses.since(task.openedOn()), List.of(), WarningPolicy.DEFAULT);
    }

    CaseDeadlines deadlines() {
        return CaseDeadlines.of(ofCase());
    }

    /** Sets the deadline of every running task from its step clock; true when one moved (or was missing). */
    boolean refreshStepDeadlines(Route route) {
        boolean changed = false;
        for (DepartmentTask task : route.running()) {
            changed |= task.deadlineIs(ofStep(task).promisedDeadline());
        }
        return changed;
    }

    /** Negative once the statutory deadline (extension included) has passed. */
    int statutoryWorkingDaysLeft(LocalDate today) {
        return ofCase().statutoryWorkingDaysLeft(today);
    }

    /** 电子监察 on the promised deadline: YELLOW from {@code yellowDaysBefore} working days before it, RED past it. */
    Optional<WarningLevel> caseWarning(LocalDate today, int yellowDaysBefore) {
        return levelOf(ofCase().withWarningPolicy(new WarningPolicy(yellowDaysBefore)).warning(today));
    }

    /** The same on one step's deadline (a step can be late while the case is not). */
    Optional<WarningLevel> stepWarning(DepartmentTask task, LocalDate today, int yellowDaysBefore) {
        return levelOf(ofStep(task).withWarningPolicy(new WarningPolicy(yellowDaysBefore)).warning(today));
    }

    private static Optional<WarningLevel> levelOf(org.onewindow.platform.clock.WarningLevel level) {
        return switch (level) {
            case RED -> Optional.of(WarningLevel.RED);
            case YELLOW -> Optional.of(WarningLevel.YELLOW);
            case NONE -> Optional.empty();
        };
    }
}

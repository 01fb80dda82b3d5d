package org.onewindow.review.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 电子监察 on a case's deadlines (DESIGN §5 Clock: "Yellow warning one working day before the promised limit, red
 * past it; also per step (a step can be overdue while the case is not). Warnings are events."; §5 E-supervision:
 * "overdue case or step"). Nothing is due while the case is decided or its clock stopped.
 */
final class DueWarnings {

    private DueWarnings() {
    }

    /**
     * The warnings due on {@code today}: YELLOW from {@code yellowDaysBefore} working days before the promised deadline
     * and RED past it, on the case and on each running step, each level once: {@code raisedOnCase} and the tasks
     * remember what was raised.
     */
    static List<ReviewEvent.DeadlineWarning> raise(ReviewCase c, LegalClock clock, LocalDate today, int yellowDaysBefore,
                                                  Set<WarningLevel> raisedOnCase) {
        List<ReviewEvent.DeadlineWarning> raised = new ArrayList<>();
        if (!clockRuns(c)) {
            return raised;
        }
        String itemCode = c.opening().itemCode();
        clock.caseWarning(today, yellowDaysBefore).filter(raisedOnCase::add)
                .ifPresent(level -> raised.add(new ReviewEvent.DeadlineWarning(c.caseNumber(), itemCode, level,
                        WarningScope.CASE, null, null, c.deadlines().promised(), today, c.route().openDepartments())));
        for (DepartmentTask task : c.route().running()) {
            clock.stepWarning(task, today, yellowDaysBefore).filter(task::raiseWarning)
                    .ifPresent(level -> raised.add(new ReviewEvent.DeadlineWarning(c.caseNumber(), itemCode, level,
                            WarningScope.STEP, task.taskId(), task.department(), task.deadline(), today, List.of(task.department()))));
        }
        return raised;
    }

    /** The case is overdue when its promised deadline has passed while it is open and its clock runs. */
    static boolean overdue(ReviewCase c, LocalDate today) {
        return clockRuns(c) && today.isAfter(c.deadlines().promised());
    }

    /** A step is overdue when its own deadline has passed and it is still open, whether or not the case is overdue. */
    static boolean overdue(ReviewCase c, DepartmentTask task, LocalDate today) {
        return clockRuns(c) && task.status() == TaskStatus.OPEN && task.deadline() != null && today.isAfter(task.deadline());
    }

    private static boolean clockRuns(ReviewCase c) {
        return c.status() == CaseStatus.OPEN && c.openPause().isEmpty();
    }
}

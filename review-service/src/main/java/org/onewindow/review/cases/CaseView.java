package org.onewindow.review.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A case as the API shows it: tasks with their steps, the clock, the decision and licence, the audit trail. */
public record CaseView(
        String caseNumber,
        String itemCode,
        String itemName,
        int itemVersion,
        RouteMode mode,
        CaseStatus status,
        LocalDate acceptedOn,
        int promisedLimit,
        int statutoryLimit,
        CaseDeadlines deadlines,
        boolean overdue,
        boolean paused,
        List<TaskView> tasks,
        List<Pause> pauses,
        Decision decision,
        Set<WarningLevel> raisedWarnings,
        List<AuditEntry> audit) {

    /**
     * One department task. {@code overdue}: the case's promised deadline has passed while this task is still open
     * (the promised limit is not split between steps).
     */
    public record TaskView(UUID taskId, String caseNumber, String department, int position, TaskStatus status,
                           boolean twoPersonReview, StepKind nextStep, String deputyUserId, LocalDate promisedDeadline,
                           boolean overdue, StepRecord review, StepRecord check) {

        static TaskView of(ReviewCase c, DepartmentTask t, LocalDate today) {
            return new TaskView(t.taskId(), c.caseNumber(), t.department(), t.position(), t.status(), t.twoPersonReview(),
                    t.nextStep(), t.deputyUserId(), c.deadlines().promised(),
                    t.status() == TaskStatus.OPEN && c.overdue(today), t.review(), t.check());
        }
    }

    public static CaseView of(ReviewCase c, LocalDate today) {
        CaseOpening o = c.opening();
        return new CaseView(c.caseNumber(), o.itemCode(), o.itemName(), o.itemVersion(), o.mode(), c.status(),
                o.acceptedOn(), o.promisedLimit(), o.statutoryLimit(), c.deadlines(), c.overdue(today),
                c.openPause().isPresent(), c.tasks().stream().map(t -> TaskView.of(c, t, today)).toList(), c.pauses(),
                c.decision(), c.raisedWarnings(), c.audit());
    }

    public static TaskView task(ReviewCase c, UUID taskId, LocalDate today) {
        return TaskView.of(c, c.task(taskId), today);
    }
}

package org.onewindow.review.cases.adapters.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;

import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.BlockedEvent;
import org.onewindow.review.cases.domain.CaseDeadlines;
import org.onewindow.review.cases.domain.CaseOpening;
import org.onewindow.review.cases.domain.CaseStatus;
import org.onewindow.review.cases.domain.Decision;
import org.onewindow.review.cases.domain.DepartmentTask;
import org.onewindow.review.cases.domain.JointHandling;
import org.onewindow.review.cases.domain.Pause;
import org.onewindow.review.cases.domain.ReviewCase;
import org.onewindow.review.cases.domain.RouteMode;
import org.onewindow.review.cases.domain.StatutoryExtension;
import org.onewindow.review.cases.domain.StepKind;
import org.onewindow.review.cases.domain.StepRecord;
import org.onewindow.review.cases.domain.TaskStatus;
import org.onewindow.review.cases.domain.WarningLevel;

/**
 * A case as the API shows it: tasks with their steps, the clock, the decision and licence, the audit trail, and
 * {@code blockedBy}: events about the case that review could not apply and no operator has resolved yet (the case
 * is stuck until they are replayed or discarded); empty when none. {@code deadlines.provisional},
 * {@code tasks[].deadlineProvisional} and {@code licenceIssueDueProvisional} flag deadlines counted without a
 * published calendar ({@code provisionalYears} names the years); {@code jointHandling} is the item version's.
 */
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
        StatutoryExtension extension,
        JointHandling jointHandling,
        Decision decision,
        boolean licenceIssueDueProvisional,
        SortedSet<Integer> provisionalYears,
        Set<WarningLevel> raisedWarnings,
        List<AuditLine> audit,
        List<BlockedEvent> blockedBy) {

    /**
     * One department task. {@code promisedDeadline} is the case's; {@code deadline} is the step's own ({@code
     * limitWorkingDays} from {@code openedOn}, pauses skipped; null while WAITING). {@code overdue}: the step's
     * deadline has passed while it is still open. {@code deadlineProvisional}: the step deadline counts days of a
     * year whose calendar is not published yet (Monday to Friday); it is recomputed once the year is published.
     */
    public record TaskView(UUID taskId, String caseNumber, String department, int position, TaskStatus status,
                           boolean twoPersonReview, StepKind nextStep, String deputyUserId, LocalDate promisedDeadline,
                           LocalDate openedOn, int limitWorkingDays, LocalDate deadline, boolean deadlineProvisional,
                           boolean overdue, Set<WarningLevel> raisedWarnings, StepRecord review, StepRecord check) {

        static TaskView of(ReviewCase c, DepartmentTask t, LocalDate today) {
            return new TaskView(t.taskId(), c.caseNumber().value(), t.department(), t.position(), t.status(), t.twoPersonReview(),
                    t.nextStep(), t.deputyUserId(), c.deadlines().promised(), t.openedOn(), t.limitWorkingDays(),
                    t.deadline(), c.stepDeadlineProvisional(t), c.overdue(t, today), t.raisedWarnings(), t.review(),
                    t.check());
        }
    }

    /**
     * One line of the audit trail: who acted ({@code userId}), in which role, for whom ({@code onBehalfOf}: the person
     * whose proven relation, an AB岗 deputy assignment, let the actor act for them; null when acting for oneself),
     * what, and when. {@code principal} is the authenticated caller the line came from (the token's subject, or
     * {@code system:review} for what an event or a scan caused); the platform's {@code audit_trail} row, without the
     * actor's name.
     */
    public record AuditLine(Instant at, String userId, String role, String onBehalfOf, String principal, String action,
                            String detail) {

        static AuditLine of(AuditEntry entry) {
            return new AuditLine(entry.at(), entry.actor().userId(), entry.actor().role(), entry.actor().onBehalfOf(),
                    entry.actor().principal(), entry.action(), entry.detail());
        }
    }

    public static CaseView of(ReviewCase c, List<AuditEntry> audit, LocalDate today, List<BlockedEvent> blockedBy) {
        CaseOpening o = c.opening();
        return new CaseView(c.caseNumber().value(), o.itemCode(), o.itemName(), o.itemVersion(), o.mode(), c.status(),
                o.acceptedOn(), o.promisedLimit(), o.statutoryLimit(), c.deadlines(), c.overdue(today),
                c.openPause().isPresent(), c.tasks().stream().map(t -> TaskView.of(c, t, today)).toList(), c.pauses(),
                c.extension(), o.jointHandling(), c.decision(), c.licenceIssueDueProvisional(), c.provisionalYears(),
                c.raisedWarnings(), audit.stream().map(AuditLine::of).toList(), blockedBy);
    }

    public static TaskView task(ReviewCase c, UUID taskId, LocalDate today) {
        return TaskView.of(c, c.task(taskId), today);
    }
}

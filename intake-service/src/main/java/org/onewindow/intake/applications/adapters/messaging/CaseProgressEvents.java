package org.onewindow.intake.applications.adapters.messaging;

import org.onewindow.contracts.rating.RectificationProgressed;
import org.onewindow.contracts.review.DeadlineExtended;
import org.onewindow.contracts.review.DeadlinesRecomputed;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.ProcedurePaused;
import org.onewindow.contracts.review.ProcedureResumed;
import org.onewindow.contracts.review.ReviewCaseOpened;
import org.onewindow.contracts.review.SupplementRequested;
import org.onewindow.contracts.review.TaskCompleted;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.intake.applications.application.ApplicationService;
import org.onewindow.intake.applications.domain.DeadlineChange;
import org.onewindow.intake.applications.domain.Decision;
import org.onewindow.intake.applications.domain.LicenceAction;
import org.onewindow.intake.applications.domain.Outcome;
import org.onewindow.intake.applications.domain.RequestedMaterial;
import org.onewindow.intake.applications.domain.SupplementRequest;
import org.onewindow.platform.kernel.DepartmentCode;

/**
 * Review's progress and decisions and supervision's licence actions, read off their contracts into the
 * application's own terms; each becomes a command on the application path (in the inbox transaction).
 */
public record CaseProgressEvents(ApplicationService applications) {

    public void reviewOpened(ReviewCaseOpened event) {
        applications.reviewOpened(event.caseNumber(), event.promisedDeadline(), event.statutoryDeadline(),
                event.tasks().stream().map(task -> DepartmentCode.of(task.department())).toList());
    }

    public void taskCompleted(TaskCompleted event) {
        applications.taskCompleted(event.caseNumber(), DepartmentCode.of(event.department()), String.valueOf(event.opinion()));
    }

    public void supplementRequested(SupplementRequested event, String eventId) {
        applications.supplementRequested(eventId, event.caseNumber(), new SupplementRequest(event.requestId(),
                event.materials().stream().map(m -> new RequestedMaterial(m.code(), m.name(), m.note())).toList(),
                event.requestedAt()));
    }

    public void decisionMade(DecisionMade event, String eventId) {
        applications.decisionMade(eventId, event.caseNumber(), new Decision(Outcome.valueOf(event.outcome().name()),
                event.licenceNumber(), event.validUntil(), event.decidedAt()), event.reasons(), event.licenceIssueDueBy(),
                event.licenceIssueDueProvisional());
    }

    /** Tolerant reader: every field but the case number may be absent and is then left as shown. */
    public void deadlineExtended(DeadlineExtended event, String eventId) {
        applications.deadlineExtended(eventId, event.caseNumber(), event.promisedDeadline(), event.statutoryDeadline(),
                event.provisional(), new DeadlineChange(DeadlineChange.Kind.EXTENDED, null, event.reason(),
                        event.legalBasis(), event.workingDays() > 0 ? event.workingDays() : null, null, null,
                        event.statutoryDeadline(), event.extendedAt()),
                "GOVERNMENT_HEAD".equals(event.approvedRole()));
    }

    public void procedurePaused(ProcedurePaused event, String eventId) {
        applications.procedurePaused(eventId, event.caseNumber(), new DeadlineChange(DeadlineChange.Kind.PAUSED,
                event.kind() == null ? null : event.kind().name(), event.reason(), event.legalBasis(), null,
                event.expectedWorkingDays(), event.pausedOn(), null, event.pausedAt()));
    }

    public void procedureResumed(ProcedureResumed event, String eventId) {
        applications.procedureResumed(eventId, event.caseNumber(), event.promisedDeadline(), event.statutoryDeadline(),
                event.provisional(), new DeadlineChange(DeadlineChange.Kind.RESUMED,
                        event.kind() == null ? null : event.kind().name(), null, event.legalBasis(),
                        event.workingDaysLost(), null, event.pausedOn(), event.statutoryDeadline(), event.resumedAt()));
    }

    public void deadlinesRecomputed(DeadlinesRecomputed event, String eventId) {
        applications.deadlinesRecomputed(eventId, event.caseNumber(), event.calendarYear(), event.promisedDeadline(),
                event.statutoryDeadline(), event.provisional(), event.licenceIssueDueBy());
    }

    /** Only the end of the loop is told to the applicant here; rating shows the steps on its own API. */
    public void rectificationProgressed(RectificationProgressed event, String eventId) {
        if (event.status() == RectificationProgressed.Status.CLOSED) {
            applications.rectificationClosed(eventId, event.caseNumber(),
                    event.outcome() == null ? null : event.outcome().name());
        }
    }

    public void licenceActionTaken(LicenceActionTaken event) {
        applications.licenceActionTaken(event.caseNumber(), LicenceAction.valueOf(event.action().name()));
    }
}

package org.onewindow.intake.applications.adapters.messaging;

import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.ReviewCaseOpened;
import org.onewindow.contracts.review.SupplementRequested;
import org.onewindow.contracts.review.TaskCompleted;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.intake.applications.application.ApplicationService;
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
public final class CaseProgressEvents {

    private final ApplicationService applications;

    public CaseProgressEvents(ApplicationService applications) {
        this.applications = applications;
    }

    public void reviewOpened(ReviewCaseOpened event) {
        applications.reviewOpened(event.caseNumber(), event.promisedDeadline(), event.statutoryDeadline(),
                event.tasks().stream().map(task -> DepartmentCode.of(task.department())).toList());
    }

    public void taskCompleted(TaskCompleted event) {
        applications.taskCompleted(event.caseNumber(), DepartmentCode.of(event.department()), String.valueOf(event.opinion()));
    }

    public void supplementRequested(SupplementRequested event) {
        applications.supplementRequested(event.caseNumber(), new SupplementRequest(event.requestId(),
                event.materials().stream().map(m -> new RequestedMaterial(m.code(), m.name(), m.note())).toList(),
                event.requestedAt()));
    }

    public void decisionMade(DecisionMade event) {
        applications.decisionMade(event.caseNumber(), new Decision(Outcome.valueOf(event.outcome().name()),
                event.licenceNumber(), event.validUntil(), event.decidedAt()));
    }

    public void licenceActionTaken(LicenceActionTaken event) {
        applications.licenceActionTaken(event.caseNumber(), LicenceAction.valueOf(event.action().name()));
    }
}

package org.onewindow.monitor.figures.adapters.messaging;

import java.time.Clock;

import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.ApplicationNotAccepted;
import org.onewindow.contracts.intake.ResultDelivered;
import org.onewindow.contracts.rating.RatingSubmitted;
import org.onewindow.contracts.rating.RectificationOpened;
import org.onewindow.contracts.review.DeadlineWarning;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.ReviewCaseOpened;
import org.onewindow.contracts.review.TaskCompleted;
import org.onewindow.contracts.supervision.SupervisionRecordClaimed;
import org.onewindow.contracts.supervision.SupervisionRecordEscalated;
import org.onewindow.contracts.supervision.SupervisionRecordPushed;
import org.onewindow.monitor.figures.adapters.persistence.JdbcReadModel;
import org.springframework.stereotype.Component;

/**
 * The public events as the read model takes them: only what the contracts (JSON Schemas, AsyncAPI) promise, as an
 * outside dashboard team would read them. Personal fields (applicant, holder, rating comment) are dropped here and
 * never reach the database.
 */
@Component
public record StreamProjection(JdbcReadModel model, Clock clock) {

    public void on(ApplicationAccepted e) {
        model.accepted(e.caseNumber(), e.itemCode(), e.itemName(), e.centreCode(), e.implementingDepartment(),
                e.supervisingDepartment(), e.acceptedAt());
    }

    public void on(ApplicationNotAccepted e) {
        model.notAccepted(e.caseNumber(), e.itemCode(), e.reasons().size(), e.decidedAt());
    }

    public void on(ResultDelivered e) {
        model.delivered(e.caseNumber(), e.itemCode(), e.centreCode(), e.implementingDepartment(), name(e.outcome()),
                e.licenceNumber(), e.deliveredAt());
    }

    public void on(ReviewCaseOpened e) {
        model.reviewOpened(e.caseNumber(), e.itemCode(), e.promisedDeadline(), e.statutoryDeadline(), e.openedAt(),
                e.tasks().stream().map(t -> new JdbcReadModel.Step(t.taskId(), t.department())).toList());
    }

    public void on(TaskCompleted e) {
        model.taskCompleted(e.caseNumber(), e.taskId(), e.department(), name(e.opinion()), e.reasons().size(),
                e.reviewerId(), e.checkerId(), e.completedAt());
    }

    public void on(DeadlineWarning e) {
        model.warning(e.caseNumber(), name(e.level()), e.scope() == DeadlineWarning.Scope.STEP, e.taskId(),
                e.department(), e.deadline());
    }

    public void on(DecisionMade e) {
        model.decided(e.caseNumber(), e.itemCode(), e.itemName(), e.implementingDepartment(),
                e.supervisingDepartment(), name(e.outcome()), e.licenceNumber(), e.reasons().size(), e.participants(),
                e.decidedAt(), clock.instant());
    }

    public void on(SupervisionRecordPushed e) {
        model.pushed(e.recordId(), e.caseNumber(), e.supervisingDepartment(), e.pushedAt(), e.claimDeadline());
    }

    public void on(SupervisionRecordClaimed e) {
        model.claimed(e.recordId(), e.caseNumber(), e.supervisingDepartment(), e.claimedBy(), e.claimedAt());
    }

    public void on(SupervisionRecordEscalated e) {
        model.escalated(e.recordId(), e.caseNumber(), e.supervisingDepartment(), e.escalatedAt());
    }

    public void on(RatingSubmitted e) {
        model.rated(e.ratingId(), e.caseNumber(), name(e.stage()), name(e.level()), e.bad(), e.itemCode(),
                e.implementingDepartment(), e.centreCode(), e.ratedAt());
    }

    public void on(RectificationOpened e) {
        model.rectificationOpened(e.ratingId(), e.caseNumber(), e.implementingDepartment(), e.dueOn(), e.openedAt());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}

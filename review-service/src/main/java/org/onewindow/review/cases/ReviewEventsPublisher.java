package org.onewindow.review.cases;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.review.DeadlineWarning;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.Outcome;
import org.onewindow.contracts.review.ReviewCaseOpened;
import org.onewindow.contracts.review.SupplementRequested;
import org.onewindow.contracts.review.TaskCompleted;
import org.onewindow.platform.messaging.EventPublisher;
import org.springframework.stereotype.Component;

/** Turns what a case announced into the published contracts of review.cases, through the outbox. */
@Component
public class ReviewEventsPublisher {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final EventPublisher publisher;

    public ReviewEventsPublisher(EventPublisher publisher) {
        this.publisher = publisher;
    }

    /** Publishes and clears the case's pending events; call inside the transaction that stores the case. */
    public void publishPending(ReviewCase reviewCase) {
        reviewCase.pendingEvents().forEach(event -> publisher.publish(toContract(event)));
        reviewCase.clearPendingEvents();
    }

    static DomainEvent toContract(ReviewCase.Event event) {
        return switch (event) {
            case ReviewCase.Opened e -> new ReviewCaseOpened(e.caseNumber(), e.itemCode(),
                    org.onewindow.contracts.catalog.RouteMode.valueOf(e.mode().name()),
                    e.tasks().stream().map(t -> new ReviewCaseOpened.Task(t.taskId(), t.department(),
                            e.mode() == RouteMode.PARALLEL ? 1 : t.position())).toList(),
                    e.deadlines().promised(), e.deadlines().statutory(), time(e.openedAt()));
            case ReviewCase.TaskCompleted e -> new TaskCompleted(e.caseNumber(), e.taskId(), e.department(),
                    e.outcome() == TaskStatus.APPROVED ? TaskCompleted.Opinion.APPROVE : TaskCompleted.Opinion.REJECT,
                    e.reasons(), e.reviewedBy(), e.checkedBy(), time(e.completedAt()));
            case ReviewCase.DecisionMade e -> decision(e);
            case ReviewCase.SupplementRequested e -> new SupplementRequested(e.caseNumber(), e.requestId(), e.taskId(),
                    e.materials().stream().map(m -> new SupplementRequested.RequestedMaterial(m.code(), m.name(), m.note())).toList(),
                    e.requestedBy(), time(e.requestedAt()));
            case ReviewCase.DeadlineWarning e -> new DeadlineWarning(e.caseNumber(), e.itemCode(),
                    DeadlineWarning.Level.valueOf(e.level().name()), DeadlineWarning.Scope.valueOf(e.scope().name()),
                    e.taskId(), e.department(), e.deadline(), OffsetDateTime.now(SHANGHAI));
        };
    }

    private static DecisionMade decision(ReviewCase.DecisionMade e) {
        CaseOpening o = e.opening();
        Decision d = e.decision();
        Licence l = d.licence();
        return new DecisionMade(e.caseNumber(), o.itemCode(), o.itemVersion(), o.itemName(),
                d.outcome() == CaseStatus.APPROVED ? Outcome.APPROVED : Outcome.REJECTED,
                l == null ? null : l.number(), l == null ? null : l.validFrom(), l == null ? null : l.validUntil(),
                d.reasons(), time(d.decidedAt()), o.implementingDepartment(), o.supervisingDepartment(),
                o.holderName(), o.holderMaskedIdNumber(), List.copyOf(e.participants()), o.applicantUserId());
    }

    static OffsetDateTime time(Instant instant) {
        return instant.atZone(SHANGHAI).toOffsetDateTime();
    }
}

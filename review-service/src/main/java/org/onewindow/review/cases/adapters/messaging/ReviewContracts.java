package org.onewindow.review.cases.adapters.messaging;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.review.DeadlineExtended;
import org.onewindow.contracts.review.DeadlineWarning;
import org.onewindow.contracts.review.DeadlinesRecomputed;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.Outcome;
import org.onewindow.contracts.review.PauseKind;
import org.onewindow.contracts.review.ProcedurePaused;
import org.onewindow.contracts.review.ProcedureResumed;
import org.onewindow.contracts.review.ReviewCaseOpened;
import org.onewindow.contracts.review.SupplementRequested;
import org.onewindow.contracts.review.TaskCompleted;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.commands.ContractMapper;
import org.onewindow.review.cases.domain.CaseOpening;
import org.onewindow.review.cases.domain.CaseStatus;
import org.onewindow.review.cases.domain.Decision;
import org.onewindow.review.cases.domain.LegalBasis;
import org.onewindow.review.cases.domain.Licence;
import org.onewindow.review.cases.domain.Pause;
import org.onewindow.review.cases.domain.ReviewEvent;
import org.onewindow.review.cases.domain.RouteMode;
import org.onewindow.review.cases.domain.TaskStatus;
import org.springframework.stereotype.Component;

/**
 * Turns what a case announced into the published contracts of {@code review.cases}; the command path hands them to
 * the outbox in the transaction that stores the case. Times are China's (+08:00); a warning is stamped with the
 * service's clock when it is raised.
 */
@Component
public record ReviewContracts(Clock clock) implements ContractMapper<ReviewEvent> {

    @Override
    public List<DomainEvent> toContracts(ReviewEvent event) {
        return List.of(toContract(event));
    }

    private DomainEvent toContract(ReviewEvent event) {
        return switch (event) {
            case ReviewEvent.Opened e -> new ReviewCaseOpened(e.caseNumber().value(), e.itemCode(),
                    org.onewindow.contracts.catalog.RouteMode.valueOf(e.mode().name()),
                    e.tasks().stream().map(t -> new ReviewCaseOpened.Task(t.taskId(), t.department(),
                            e.mode() == RouteMode.PARALLEL ? 1 : t.position())).toList(),
                    e.deadlines().promised(), e.deadlines().statutory(), time(e.openedAt()), e.deadlines().provisional());
            case ReviewEvent.TaskCompleted e -> new TaskCompleted(e.caseNumber().value(), e.taskId(), e.department(),
                    e.outcome() == TaskStatus.APPROVED ? TaskCompleted.Opinion.APPROVE : TaskCompleted.Opinion.REJECT,
                    e.reasons(), e.reviewedBy(), e.checkedBy(), time(e.completedAt()));
            case ReviewEvent.DecisionMade e -> decision(e);
            case ReviewEvent.SupplementRequested e -> new SupplementRequested(e.caseNumber().value(), e.requestId(), e.taskId(),
                    e.materials().stream().map(m -> new SupplementRequested.RequestedMaterial(m.code(), m.name(), m.note())).toList(),
                    e.requestedBy(), time(e.requestedAt()));
            case ReviewEvent.DeadlineWarning e -> new DeadlineWarning(e.caseNumber().value(), e.itemCode(),
                    DeadlineWarning.Level.valueOf(e.level().name()), DeadlineWarning.Scope.valueOf(e.scope().name()),
                    e.taskId(), e.department(), e.deadline(), time(clock.instant()));
            case ReviewEvent.DeadlineExtended e -> new DeadlineExtended(e.caseNumber().value(), e.opening().itemCode(),
                    e.extension().workingDays(), e.extension().reason(), LegalBasis.EXTENSION, e.extension().approvedBy(),
                    e.extension().role(), e.deadlines().promised(), e.deadlines().statutory(), e.deadlines().provisional(),
                    e.opening().applicantUserId(), time(e.extension().approvedAt()));
            case ReviewEvent.ProcedurePaused e -> paused(e);
            case ReviewEvent.ProcedureResumed e -> new ProcedureResumed(e.caseNumber().value(), e.pause().pauseId(),
                    kind(e.pause()), e.pause().kind().legalBasis(), e.pause().pausedOn(), e.pause().resumedOn(),
                    e.pause().workingDaysLost(), e.deadlines().promised(), e.deadlines().statutory(),
                    e.deadlines().provisional(), time(e.resumedAt()));
            case ReviewEvent.DeadlinesRecomputed e -> new DeadlinesRecomputed(e.caseNumber().value(), e.calendarYear(),
                    e.deadlines().promised(), e.deadlines().statutory(), e.deadlines().provisional(),
                    e.steps().stream().map(s -> new DeadlinesRecomputed.Step(s.taskId(), s.department(), s.deadline(),
                            s.provisional())).toList(), e.licenceIssueDueBy(), time(e.recomputedAt()));
        };
    }

    private static ProcedurePaused paused(ReviewEvent.ProcedurePaused e) {
        Pause p = e.pause();
        return new ProcedurePaused(e.caseNumber().value(), p.pauseId(), kind(p), p.reason(), p.kind().legalBasis(),
                p.pausedOn(), p.expectedWorkingDays(), p.pausedBy(), e.opening().applicantUserId(), time(e.pausedAt()));
    }

    private static PauseKind kind(Pause pause) {
        return PauseKind.valueOf(pause.kind().name());
    }

    private static DecisionMade decision(ReviewEvent.DecisionMade e) {
        CaseOpening o = e.opening();
        Decision d = e.decision();
        Licence l = d.licence();
        return new DecisionMade(e.caseNumber().value(), o.itemCode(), o.itemVersion(), o.itemName(),
                d.outcome() == CaseStatus.APPROVED ? Outcome.APPROVED : Outcome.REJECTED,
                l == null ? null : l.number(), l == null ? null : l.validFrom(), l == null ? null : l.validUntil(),
                d.reasons(), time(d.decidedAt()), o.implementingDepartment(), o.supervisingDepartment(),
                o.holderName(), o.holderMaskedIdNumber(), List.copyOf(e.participants()), o.applicantUserId(),
                l == null ? null : l.issueDueBy(), l == null ? null : e.licenceIssueDueProvisional());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atZone(ChinaTime.ZONE).toOffsetDateTime();
    }
}

package org.onewindow.review.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.SupplementReceived;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.platform.calendar.CalendarReplica;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.review.config.ReviewProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review commands: each loads the case under a row lock, applies the domain, stores and publishes in one transaction. */
@Service
public class ReviewCaseService {

    private static final Logger log = LoggerFactory.getLogger(ReviewCaseService.class);

    private final CaseRepository cases;
    private final ReviewEventsPublisher events;
    private final CalendarReplica calendar;
    private final ReviewProperties properties;
    private final Clock clock;

    public ReviewCaseService(CaseRepository cases, ReviewEventsPublisher events, CalendarReplica calendar,
                             ReviewProperties properties, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    /** Invariant 1: exactly one case per case number; a duplicate acceptance (even under a new event id) is ignored. */
    @Transactional
    public void open(ApplicationAccepted accepted) {
        if (cases.exists(accepted.caseNumber())) {
            log.info("case {} already has a review case; duplicate acceptance ignored", accepted.caseNumber());
            return;
        }
        ReviewCase reviewCase = ReviewCase.open(AcceptedApplications.toOpening(accepted), calendar.workingDays(), clock.instant(),
                properties.stepLimits());
        cases.insert(reviewCase);
        events.publishPending(reviewCase);
    }

    @Transactional
    public ReviewCase giveOpinion(OpinionRequest request, ActingUser actor) {
        ReviewCase reviewCase = lockedCaseOfTask(request.taskId());
        reviewCase.giveOpinion(request, actor, clock.instant(), today(), calendar.workingDays(), properties.licenceTerms(),
                cases::nextLicenceSequence);
        return store(reviewCase);
    }

    @Transactional
    public ReviewCase assignDeputy(UUID taskId, String deputyUserId, ActingUser actor) {
        ReviewCase reviewCase = lockedCaseOfTask(taskId);
        reviewCase.assignDeputy(taskId, deputyUserId, actor, clock.instant());
        return store(reviewCase);
    }

    @Transactional
    public UUID requestSupplement(String caseNumber, UUID taskId, List<SupplementMaterial> materials, ActingUser actor) {
        ReviewCase reviewCase = cases.findForUpdate(caseNumber).orElseThrow(() -> new NotFound("case", caseNumber));
        UUID requestId = reviewCase.requestSupplement(taskId, materials, actor, clock.instant(), today());
        store(reviewCase);
        return requestId;
    }

    /** 延期: the statutory limit grows once; only the statutory deadline moves. */
    @Transactional
    public ReviewCase extendStatutoryLimit(String caseNumber, int workingDays, String reason, ActingUser actor) {
        ReviewCase reviewCase = lockedCase(caseNumber);
        reviewCase.extendStatutoryLimit(workingDays, reason, actor, clock.instant(), today(), calendar.workingDays(),
                properties.extensionRules());
        return store(reviewCase);
    }

    /** 特别程序 (Art. 45): the clock stops for a hearing, testing or expert review; returns the pause id. */
    @Transactional
    public UUID startSpecialProcedure(String caseNumber, PauseKind kind, String reason, ActingUser actor) {
        ReviewCase reviewCase = lockedCase(caseNumber);
        UUID pauseId = reviewCase.startSpecialProcedure(kind, reason, actor, clock.instant(), today());
        store(reviewCase);
        return pauseId;
    }

    @Transactional
    public ReviewCase endSpecialProcedure(String caseNumber, UUID pauseId, ActingUser actor) {
        ReviewCase reviewCase = lockedCase(caseNumber);
        reviewCase.endSpecialProcedure(pauseId, actor, clock.instant(), today(), calendar.workingDays());
        return store(reviewCase);
    }

    @Transactional
    public void supplementReceived(SupplementReceived received) {
        cases.findForUpdate(received.caseNumber()).ifPresentOrElse(reviewCase -> {
            LocalDate receivedOn = received.receivedAt() == null ? today()
                    : received.receivedAt().atZoneSameInstant(ReviewEventsPublisher.SHANGHAI).toLocalDate();
            reviewCase.supplementReceived(received.requestId(), receivedOn, clock.instant(), calendar.workingDays());
            store(reviewCase);
        }, () -> log.warn("supplement received for unknown case {}", received.caseNumber()));
    }

    /** Invariant 5: a suspension or revocation shows on the case. A rectification order leaves the licence valid. */
    @Transactional
    public void licenceActionTaken(LicenceActionTaken action) {
        LicenceStatus status = switch (action.action()) {
            case SUSPEND -> LicenceStatus.SUSPENDED;
            case REVOKE -> LicenceStatus.REVOKED;
            case RECTIFY -> null;
        };
        if (status == null) {
            return;
        }
        cases.findForUpdate(action.caseNumber()).ifPresentOrElse(reviewCase -> {
            reviewCase.licenceActionTaken(status, action.takenBy(), action.reason(), clock.instant());
            store(reviewCase);
        }, () -> log.warn("licence action for unknown case {}", action.caseNumber()));
    }

    /**
     * 电子监察: raises the due case and step warnings of one case; returns how many were raised. Step deadlines are
     * recomputed first (a newly published calendar year may move them); the case is written only when something changed.
     */
    @Transactional
    public int raiseWarnings(String caseNumber) {
        ReviewCase reviewCase = lockedCase(caseNumber);
        boolean moved = reviewCase.refreshStepDeadlines(calendar.workingDays());
        reviewCase.raiseDueWarnings(today(), properties.warnings().yellowWorkingDaysBefore(), calendar.workingDays());
        int raised = reviewCase.pendingEvents().size();
        if (raised > 0 || moved) {
            store(reviewCase);
        }
        return raised;
    }

    /** Cases that may need a warning today: open, the promised or an open step's deadline within the yellow window. */
    @Transactional(readOnly = true)
    public List<String> warningCandidates() {
        LocalDate horizon = today().plusDays(7L + 2L * properties.warnings().yellowWorkingDaysBefore());
        return cases.openCasesDueBy(horizon);
    }

    @Transactional(readOnly = true)
    public ReviewCase find(String caseNumber) {
        return cases.find(caseNumber).orElseThrow(() -> new NotFound("case", caseNumber));
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ReviewEventsPublisher.SHANGHAI);
    }

    public Instant now() {
        return clock.instant();
    }

    private ReviewCase lockedCase(String caseNumber) {
        return cases.findForUpdate(caseNumber).orElseThrow(() -> new NotFound("case", caseNumber));
    }

    private ReviewCase lockedCaseOfTask(UUID taskId) {
        String caseNumber = cases.caseNumberOfTask(taskId).orElseThrow(() -> new NotFound("task", String.valueOf(taskId)));
        return cases.findForUpdate(caseNumber).orElseThrow(() -> new NotFound("case", caseNumber));
    }

    private ReviewCase store(ReviewCase reviewCase) {
        cases.update(reviewCase);
        events.publishPending(reviewCase);
        return reviewCase;
    }
}

package org.onewindow.invariants;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.onewindow.contracts.rating.RatingSubmitted;

/**
 * The facts the events do not carry, read from the services' APIs as the MONITOR (督查) would: what a service
 * shows, as opposed to what was published to it. Never the tables.
 */
public interface MonitorApi {

    /** Supervision's own invariant-2 report ({@code GET /api/supervision/v1/reconciliation}), if reachable. */
    Optional<SupervisionReconciliation> reconciliation();

    /** The stages rating has opened for the case ({@code GET /api/rating/v1/cases/{n}}); empty when it never heard of it. */
    Set<RatingSubmitted.Stage> ratingStagesOpen(String caseNumber);

    /** The licence status review shows on the case's decision, null when review shows no licence. */
    @Nullable String reviewLicenceStatus(String caseNumber);

    /** The decision intake shows on the application, null when it shows none. */
    @Nullable IntakeDecision intakeDecision(String caseNumber);

    /**
     * @param overdueNotEscalated case numbers of records still PUSHED after their claim deadline
     */
    record SupervisionReconciliation(LocalDate today, long approvalsSeen, long rejectionsSeen, long records,
                                     List<String> approvalsWithoutRecord, List<String> overdueNotEscalated) {
    }

    record IntakeDecision(String outcome, @Nullable String licenceNumber, @Nullable String licenceStatus) {
    }

    /** No API at all: only what the events say (tests of the event rules, or a broker without a stack). */
    MonitorApi NONE = new MonitorApi() {
        @Override
        public Optional<SupervisionReconciliation> reconciliation() {
            return Optional.empty();
        }

        @Override
        public Set<RatingSubmitted.Stage> ratingStagesOpen(String caseNumber) {
            return Set.of(RatingSubmitted.Stage.values());
        }

        @Override
        public @Nullable String reviewLicenceStatus(String caseNumber) {
            return null;
        }

        @Override
        public @Nullable IntakeDecision intakeDecision(String caseNumber) {
            return null;
        }
    };

    /** Whether this API answers at all ({@link #NONE} does not: its answers are not checked). */
    default boolean available() {
        return this != NONE;
    }
}

package org.onewindow.rating.ratings;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.StateConflict;

/**
 * A case as rating knows it from intake's events (办件): who may rate it (the applicant and their agent) and
 * which stages it has reached, each with the moment it opened. Invariant 4 is decided here: at most one rating
 * per case and stage, only for a stage the case reached, only by its applicant or agent, only inside the window.
 *
 * @param applicantUserId the applicant's account; null when the applicant has none (then only the agent rates)
 * @param agentUserId     the village agent (代办员) who applied for the applicant; null when none
 * @param openedStages    the stages reached so far and when each opened
 */
public record RatedCase(
        String caseNumber,
        String itemCode,
        String implementingDepartment,
        String centreCode,
        String applicantUserId,
        String agentUserId,
        Map<Stage, OffsetDateTime> openedStages) {

    public RatedCase {
        Objects.requireNonNull(caseNumber, "caseNumber");
        openedStages = openedStages.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(openedStages));
    }

    /**
     * Records a rating, or says which rule forbids it.
     *
     * @param ratedStages the stages of this case already rated
     * @throws NotPermitted  {@code rating.not-applicant}: the rater is neither the applicant nor their agent
     * @throws StateConflict {@code rating.stage-not-reached}, {@code rating.already-rated}, {@code rating.window-closed}
     */
    public Rating rate(RatingRequest request, Set<Stage> ratedStages, RatingWindow window, UUID ratingId,
                       OffsetDateTime now) {
        RaterRole role = roleOf(request.raterUserId());
        OffsetDateTime openedAt = openedStages.get(request.stage());
        if (openedAt == null) {
            throw new StateConflict("rating.stage-not-reached", "case " + caseNumber + " has reached "
                    + (openedStages.isEmpty() ? "no stage" : "only " + openedStages.keySet())
                    + "; it cannot be rated at " + request.stage() + " yet");
        }
        if (ratedStages.contains(request.stage())) {
            throw new StateConflict("rating.already-rated", "case " + caseNumber + " is already rated at "
                    + request.stage() + "; one rating per case and stage (一次一评)");
        }
        if (!window.isOpen(openedAt, now)) {
            throw new StateConflict("rating.window-closed", "the " + request.stage() + " stage of case " + caseNumber
                    + " could be rated until " + window.closesAt(openedAt) + " (" + window.days() + " days)");
        }
        return new Rating(ratingId, caseNumber, request.stage(), request.level(), RatingComment.clean(request.comment()),
                request.raterUserId(), role, role == RaterRole.AGENT ? applicantUserId : null,
                itemCode, implementingDepartment, centreCode, now);
    }

    /** The capacity in which this user may rate the case. */
    public RaterRole roleOf(String userId) {
        if (userId != null && userId.equals(applicantUserId)) {
            return RaterRole.APPLICANT;
        }
        if (userId != null && userId.equals(agentUserId)) {
            return RaterRole.AGENT;
        }
        throw new NotPermitted("rating.not-applicant",
                "only the applicant of case " + caseNumber + " or their agent may rate it");
    }

    public boolean mayRate(String userId) {
        return userId != null && (userId.equals(applicantUserId) || userId.equals(agentUserId));
    }
}

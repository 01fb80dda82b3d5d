package org.onewindow.rating.ratings.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.CentreCode;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.ItemCode;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.StateConflict;
import org.onewindow.platform.kernel.StoredAggregate;
import org.onewindow.platform.kernel.UserId;

/**
 * A case as rating knows it from intake's events (办件), with its ratings: who may rate it (the applicant and their
 * agent), which stages it has reached (each with the moment it opened) and how each stage was rated. Invariant 4 is
 * decided here: at most one rating per case and stage, only for a stage the case reached, only by its applicant or
 * agent, only inside the window. Saved only by the command path, which publishes what {@link #changes()} recorded.
 */
public final class RatedCase extends StoredAggregate<RatingEvent> {

    private final CaseFacts facts;
    private UserId applicant;
    private UserId agent;
    private final Instant firstSeenAt;
    private final Map<Stage, OffsetDateTime> openedStages = new EnumMap<>(Stage.class);
    private final Map<Stage, Rating> ratings = new EnumMap<>(Stage.class);

    private RatedCase(CaseFacts facts, Instant firstSeenAt, long version) {
        super(version);
        this.facts = Objects.requireNonNull(facts, "facts");
        this.applicant = facts.applicant();
        this.agent = facts.agent();
        this.firstSeenAt = Objects.requireNonNull(firstSeenAt, "firstSeenAt");
    }

    /** A case rating hears of for the first time (not yet stored: version 0). */
    public static RatedCase firstSeen(CaseFacts facts, Instant at) {
        return new RatedCase(facts, at, 0);
    }

    /** The case as stored: its facts, opened stages, ratings and version. */
    public static RatedCase restore(CaseFacts facts, Instant firstSeenAt, Map<Stage, OffsetDateTime> openedStages,
                                    Collection<Rating> ratings, long version) {
        RatedCase ratedCase = new RatedCase(facts, firstSeenAt, version);
        ratedCase.openedStages.putAll(openedStages);
        ratings.forEach(rating -> ratedCase.ratings.put(rating.stage(), rating));
        return ratedCase;
    }

    /**
     * An intake event says the case reached a stage: fills in who may rate it where an earlier event did not say
     * (first facts win otherwise) and opens the stage unless it is open already, so a repeated fact changes nothing.
     *
     * @param cause the event that opened it, as the audit trail names it
     */
    public void reached(CaseFacts learned, Stage stage, OffsetDateTime openedAt, String cause, Instant now) {
        if (applicant == null && learned.applicant() != null) {
            applicant = learned.applicant();
            changes().stateChanged();
        }
        if (agent == null && learned.agent() != null) {
            agent = learned.agent();
            changes().stateChanged();
        }
        if (!openedStages.containsKey(stage)) {
            openedStages.put(stage, openedAt);
            changes().audit(AuditEntry.of(now, "STAGE_OPENED", RatingAudit.SYSTEM, stage + " opened by " + cause));
        }
    }

    /**
     * Records a rating, or says which rule forbids it.
     *
     * @throws NotPermitted  {@code rating.not-applicant}: the rater is neither the applicant nor their agent
     * @throws StateConflict {@code rating.stage-not-reached}, {@code rating.already-rated}, {@code rating.window-closed}
     */
    public Rating rate(RatingRequest request, RatingWindow window, UUID ratingId, OffsetDateTime now) {
        RaterRole role = roleOf(request.rater());
        Stage stage = request.stage();
        OffsetDateTime openedAt = openedStages.get(stage);
        if (openedAt == null) {
            throw new StateConflict("rating.stage-not-reached", "case " + caseNumber() + " has reached "
                    + (openedStages.isEmpty() ? "no stage" : "only " + openedStages.keySet())
                    + "; it cannot be rated at " + stage + " yet");
        }
        if (ratings.containsKey(stage)) {
            throw alreadyRated(stage);
        }
        if (!window.isOpen(openedAt, now)) {
            throw new StateConflict("rating.window-closed", "the " + stage + " stage of case " + caseNumber()
                    + " could be rated until " + window.closesAt(openedAt) + " (" + window.days() + " days)");
        }
        UserId onBehalfOf = role == RaterRole.AGENT ? applicant : null;
        Rating rating = new Rating(ratingId, caseNumber(), stage, request.level(), RatingComment.clean(request.comment()),
                request.rater(), role, onBehalfOf, facts.itemCode(), facts.implementingDepartment(), facts.centreCode(),
                now);
        ratings.put(stage, rating);
        changes().registerEvent(new RatingEvent.Rated(rating));
        AuditActor rater = new AuditActor(request.rater().value(), request.raterName(), role.name(),
                onBehalfOf == null ? null : onBehalfOf.value(), request.rater().value());
        changes().audit(AuditEntry.of(now.toInstant(), "RATED", rater, stage + " " + request.level()));
        return rating;
    }

    /** 一次一评, as the refusal says it (also when the database's unique constraint is what noticed). */
    public StateConflict alreadyRated(Stage stage) {
        return new StateConflict("rating.already-rated", "case " + caseNumber() + " is already rated at "
                + stage + "; one rating per case and stage (一次一评)");
    }

    /** The capacity in which this user may rate the case. */
    public RaterRole roleOf(UserId user) {
        if (user != null && user.equals(applicant)) {
            return RaterRole.APPLICANT;
        }
        if (user != null && user.equals(agent)) {
            return RaterRole.AGENT;
        }
        throw new NotPermitted("rating.not-applicant",
                "only the applicant of case " + caseNumber() + " or their agent may rate it");
    }

    public boolean mayRate(UserId user) {
        return user != null && (user.equals(applicant) || user.equals(agent));
    }

    public CaseNumber caseNumber() {
        return facts.caseNumber();
    }

    public ItemCode itemCode() {
        return facts.itemCode();
    }

    public DepartmentCode implementingDepartment() {
        return facts.implementingDepartment();
    }

    public CentreCode centreCode() {
        return facts.centreCode();
    }

    public Optional<UserId> applicant() {
        return Optional.ofNullable(applicant);
    }

    public Optional<UserId> agent() {
        return Optional.ofNullable(agent);
    }

    public Instant firstSeenAt() {
        return firstSeenAt;
    }

    /** The stages reached so far and when each opened. */
    public Map<Stage, OffsetDateTime> openedStages() {
        return openedStages.isEmpty() ? Map.of() : Map.copyOf(openedStages);
    }

    public Set<Stage> ratedStages() {
        return ratings.isEmpty() ? Set.of() : Set.copyOf(ratings.keySet());
    }

    /** The ratings, by stage order. */
    public List<Rating> ratings() {
        return List.copyOf(ratings.values());
    }
}

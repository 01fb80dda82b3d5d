package org.onewindow.rating.ratings;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.onewindow.contracts.rating.RatingSubmitted;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.StateConflict;
import org.onewindow.platform.messaging.EventPublisher;
import org.onewindow.rating.config.RatingProperties;
import org.onewindow.rating.rectifications.Rectification;
import org.onewindow.rating.rectifications.RectificationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records ratings: the rating, its audit line, its event and (for a bad one) the rectification in one transaction. */
@Service
public class RatingService {

    private final RatedCaseRepository cases;
    private final RatingRepository ratings;
    private final RectificationService rectifications;
    private final RatingProperties properties;
    private final EventPublisher events;
    private final Clock clock;

    public RatingService(RatedCaseRepository cases, RatingRepository ratings, RectificationService rectifications,
                         RatingProperties properties, EventPublisher events, Clock clock) {
        this.cases = cases;
        this.ratings = ratings;
        this.rectifications = rectifications;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** The rating and, when it is bad, the rectification it opened. */
    public record Submitted(Rating rating, Rectification rectification) {
    }

    @Transactional
    public Submitted submit(String caseNumber, RatingRequest request) {
        RatedCase ratedCase = cases.findForUpdate(caseNumber).orElseThrow(() -> new NotFound("case", caseNumber));
        OffsetDateTime now = OffsetDateTime.now(clock);
        Rating rating = ratedCase.rate(request, cases.ratedStages(caseNumber), properties.window(), UUID.randomUUID(), now);
        if (!ratings.insert(rating)) {
            throw new StateConflict("rating.already-rated", "case " + caseNumber + " is already rated at "
                    + rating.stage() + "; one rating per case and stage (一次一评)");
        }
        cases.audit(caseNumber, new AuditEntry(now, rating.raterUserId(), rating.raterRole().name(), rating.onBehalfOf(),
                "RATED", rating.stage() + " " + rating.level()));
        events.publish(submitted(rating));
        Rectification rectification = null;
        if (rating.bad()) {
            rectification = rectifications.openFor(rating);
            cases.audit(caseNumber, new AuditEntry(now, AuditEntry.SYSTEM, AuditEntry.SYSTEM, null, "RECTIFICATION_OPENED",
                    "due on " + rectification.dueOn()));
        }
        return new Submitted(rating, rectification);
    }

    private static RatingSubmitted submitted(Rating rating) {
        return new RatingSubmitted(rating.ratingId(), rating.caseNumber(),
                RatingSubmitted.Stage.valueOf(rating.stage().name()), RatingSubmitted.Level.valueOf(rating.level().name()),
                rating.bad(), rating.itemCode(), rating.implementingDepartment(), rating.centreCode(),
                RatingSubmitted.RaterRole.valueOf(rating.raterRole().name()), rating.comment(), rating.ratedAt());
    }
}

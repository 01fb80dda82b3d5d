package org.onewindow.rating.ratings.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.onewindow.platform.commands.Command;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.commands.IfMatch;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.rating.config.RatingProperties;
import org.onewindow.rating.ratings.domain.RatedCase;
import org.onewindow.rating.ratings.domain.Rating;
import org.onewindow.rating.ratings.domain.RatingEvent;
import org.onewindow.rating.ratings.domain.RatingRequest;
import org.onewindow.rating.rectifications.application.RectificationService;
import org.onewindow.rating.rectifications.domain.Rectification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records ratings: the rating with its case (command path: row lock, If-Match, who may rate, 一次一评, window, audit
 * line, event) and, for a bad one, the rectification it opens (its own command path), in one transaction.
 */
@Service
public class RatingService {

    private final CommandPath<CaseNumber, RatedCase, RatingEvent> cases;
    private final RectificationService rectifications;
    private final RatingProperties properties;
    private final Clock clock;

    public RatingService(CommandPath<CaseNumber, RatedCase, RatingEvent> cases, RectificationService rectifications,
                         RatingProperties properties, Clock clock) {
        this.cases = cases;
        this.rectifications = rectifications;
        this.properties = properties;
        this.clock = clock;
    }

    /** The rating and, when it is bad, the rectification it opened. */
    public record Submitted(Rating rating, Rectification rectification) {
    }

    /**
     * @param ifMatch the case's ETag as the client read it ({@code GET /cases/{caseNumber}}); checked when given
     */
    @Transactional
    public Submitted submit(CaseNumber caseNumber, RatingRequest request, AuditActor caller, String ifMatch) {
        // UTC as rating has always written its times (events and API answers stay byte-for-byte the same)
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Rating rating = cases.run(caseNumber,
                Command.<RatedCase>of(RatingAccess.RATE, caller).ifMatch(ifMatch, IfMatch.WHEN_GIVEN),
                ratedCase -> ratedCase.rate(request, properties.window(), UUID.randomUUID(), now));
        Rectification rectification = rating.bad() ? rectifications.openFor(rating) : null;
        return new Submitted(rating, rectification);
    }
}

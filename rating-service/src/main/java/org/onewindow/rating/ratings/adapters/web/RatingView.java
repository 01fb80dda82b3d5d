package org.onewindow.rating.ratings.adapters.web;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.onewindow.rating.ratings.domain.Level;
import org.onewindow.rating.ratings.domain.RaterRole;
import org.onewindow.rating.ratings.domain.Rating;
import org.onewindow.rating.ratings.domain.Stage;

/** A rating as the API shows it, with the rectification (差评整改) it opened when it is bad. */
public record RatingView(UUID ratingId, String caseNumber, Stage stage, Level level, boolean bad, String comment,
                         String raterUserId, RaterRole raterRole, String onBehalfOf, String itemCode,
                         String implementingDepartment, String centreCode, OffsetDateTime ratedAt,
                         UUID rectificationId) {

    /** The same rating with who rated it masked ({@link RaterNames}). */
    public RatingView withRaterMasked() {
        return new RatingView(ratingId, caseNumber, stage, level, bad, comment, RaterNames.mask(raterUserId), raterRole,
                RaterNames.mask(onBehalfOf), itemCode, implementingDepartment, centreCode, ratedAt, rectificationId);
    }

    public static RatingView of(Rating rating, UUID rectificationId) {
        return new RatingView(rating.ratingId(), rating.caseNumber().value(), rating.stage(), rating.level(),
                rating.bad(), rating.comment(), rating.rater().value(), rating.raterRole(),
                rating.onBehalfOf() == null ? null : rating.onBehalfOf().value(), rating.itemCode().value(),
                rating.implementingDepartment().value(), rating.centreCode().value(), rating.ratedAt(),
                rectificationId);
    }
}

package org.onewindow.rating.ratings;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A rating as the API shows it, with the rectification (差评整改) it opened when it is bad. */
public record RatingView(UUID ratingId, String caseNumber, Stage stage, Level level, boolean bad, String comment,
                         String raterUserId, RaterRole raterRole, String onBehalfOf, String itemCode,
                         String implementingDepartment, String centreCode, OffsetDateTime ratedAt,
                         UUID rectificationId) {

    public static RatingView of(Rating rating, UUID rectificationId) {
        return new RatingView(rating.ratingId(), rating.caseNumber(), rating.stage(), rating.level(), rating.bad(),
                rating.comment(), rating.raterUserId(), rating.raterRole(), rating.onBehalfOf(), rating.itemCode(),
                rating.implementingDepartment(), rating.centreCode(), rating.ratedAt(), rectificationId);
    }
}

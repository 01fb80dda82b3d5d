package org.onewindow.rating.ratings;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One rating of one case at one stage (好差评). The comment is stored already masked: resident IDs and phone
 * numbers a rater types into it never reach the database or the event stream.
 *
 * @param onBehalfOf the applicant's user id when an agent rated for them; null when the applicant rated
 */
public record Rating(
        UUID ratingId,
        String caseNumber,
        Stage stage,
        Level level,
        String comment,
        String raterUserId,
        RaterRole raterRole,
        String onBehalfOf,
        String itemCode,
        String implementingDepartment,
        String centreCode,
        OffsetDateTime ratedAt) {

    public boolean bad() {
        return level.bad();
    }
}

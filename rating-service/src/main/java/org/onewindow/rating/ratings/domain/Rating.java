package org.onewindow.rating.ratings.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.CentreCode;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.ItemCode;
import org.onewindow.platform.kernel.UserId;

/**
 * One rating of one case at one stage (好差评). The comment is stored already masked: resident IDs and phone
 * numbers a rater types into it never reach the database or the event stream.
 *
 * @param onBehalfOf the applicant's user id when an agent rated for them; null when the applicant rated
 */
public record Rating(
        UUID ratingId,
        CaseNumber caseNumber,
        Stage stage,
        Level level,
        String comment,
        UserId rater,
        RaterRole raterRole,
        UserId onBehalfOf,
        ItemCode itemCode,
        DepartmentCode implementingDepartment,
        CentreCode centreCode,
        OffsetDateTime ratedAt) {

    public boolean bad() {
        return level.bad();
    }
}

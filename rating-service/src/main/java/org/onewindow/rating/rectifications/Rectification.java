package org.onewindow.rating.rectifications;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.onewindow.platform.clock.WorkingDays;
import org.onewindow.rating.ratings.Rating;

/**
 * 差评整改: the rated department must rectify what the bad rating reports by {@code dueOn}.
 *
 * @param dueOn last working day of the rectification
 */
public record Rectification(
        UUID rectificationId,
        UUID ratingId,
        String caseNumber,
        String implementingDepartment,
        RectificationStatus status,
        OffsetDateTime openedAt,
        LocalDate dueOn) {

    /** Opens the rectification a bad rating calls for; other ratings call for none. */
    public static Rectification openFor(Rating rating, RectificationTerms terms, WorkingDays calendar, UUID id) {
        if (!rating.bad()) {
            throw new IllegalArgumentException("only a bad rating opens a rectification, not " + rating.level());
        }
        return new Rectification(id, rating.ratingId(), rating.caseNumber(), rating.implementingDepartment(),
                RectificationStatus.OPEN, rating.ratedAt(), terms.dueOn(rating.ratedAt(), calendar));
    }
}

package org.onewindow.rating.rectifications.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.clock.LegalDefaults;
import org.onewindow.platform.clock.WorkingDays;

/**
 * How long a rated department has to rectify (整改时限): working days after the day of the bad rating
 * (Asia/Shanghai), 15 by default; some localities use 5 or 7.
 */
public record RectificationTerms(int workingDays) {

    public RectificationTerms {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a rectification needs at least one working day: " + workingDays);
        }
    }

    public static RectificationTerms defaults() {
        return new RectificationTerms(LegalDefaults.RECTIFICATION_LIMIT);
    }

    public LocalDate dueOn(OffsetDateTime ratedAt, WorkingDays calendar) {
        LocalDate ratedOn = ratedAt.atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
        return calendar.deadline(ratedOn, workingDays);
    }
}

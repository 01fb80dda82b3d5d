package org.onewindow.rating.rectifications;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.onewindow.platform.clock.LegalDefaults;
import org.onewindow.platform.clock.WorkingDays;

/**
 * How long a rated department has to rectify (整改时限): working days after the day of the bad rating
 * (Asia/Shanghai), 15 by default; some localities use 5 or 7.
 */
public record RectificationTerms(int workingDays) {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public RectificationTerms {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a rectification needs at least one working day: " + workingDays);
        }
    }

    public static RectificationTerms defaults() {
        return new RectificationTerms(LegalDefaults.RECTIFICATION_LIMIT);
    }

    public LocalDate dueOn(OffsetDateTime ratedAt, WorkingDays calendar) {
        LocalDate ratedOn = ratedAt.atZoneSameInstant(CHINA).toLocalDate();
        return calendar.deadline(ratedOn, workingDays);
    }
}

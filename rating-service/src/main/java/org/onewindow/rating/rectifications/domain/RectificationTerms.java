package org.onewindow.rating.rectifications.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.clock.LegalDefaults;
import org.onewindow.platform.clock.WorkingDays;

/**
 * How long each step of a rectification may take, in working days counted from the day (Asia/Shanghai) the step
 * began: {@code workingDays} to rectify (整改时限, 15 by default, counted from the rating day when the rectification
 * opens; some localities use 5 or 7), {@code verifyDays} to verify (核实), {@code followUpDays} to call the
 * applicant back (回访) after rectifying, {@code closeDays} to close after the call, {@code appealDays} for a MONITOR
 * to decide an appeal (申诉).
 */
public record RectificationTerms(int workingDays, int verifyDays, int followUpDays, int closeDays, int appealDays) {

    public static final int DEFAULT_VERIFY_DAYS = 5;
    public static final int DEFAULT_FOLLOW_UP_DAYS = 5;
    public static final int DEFAULT_CLOSE_DAYS = 3;
    public static final int DEFAULT_APPEAL_DAYS = 5;

    public RectificationTerms {
        atLeastOne(workingDays, "a rectification");
        atLeastOne(verifyDays, "a verification");
        atLeastOne(followUpDays, "a follow-up call");
        atLeastOne(closeDays, "closing");
        atLeastOne(appealDays, "an appeal decision");
    }

    /** The given time to rectify, the other steps at their defaults. */
    public RectificationTerms(int workingDays) {
        this(workingDays, DEFAULT_VERIFY_DAYS, DEFAULT_FOLLOW_UP_DAYS, DEFAULT_CLOSE_DAYS, DEFAULT_APPEAL_DAYS);
    }

    public static RectificationTerms defaults() {
        return new RectificationTerms(LegalDefaults.RECTIFICATION_LIMIT);
    }

    /** The rectification's own due date: {@code workingDays} after the rating day. */
    public LocalDate dueOn(OffsetDateTime ratedAt, WorkingDays calendar) {
        return calendar.deadline(dayOf(ratedAt), workingDays);
    }

    /** The due date of the step that waits in {@code status}, begun at {@code from}; none once closed. */
    public LocalDate stepDueOn(RectificationStatus status, OffsetDateTime from, WorkingDays calendar) {
        int days = switch (status) {
            case OPEN -> verifyDays;
            case VERIFIED -> workingDays;
            case RECTIFIED -> followUpDays;
            case FOLLOWED_UP -> closeDays;
            case APPEALED -> appealDays;
            case CLOSED -> 0;
        };
        return days == 0 ? null : calendar.deadline(dayOf(from), days);
    }

    static LocalDate dayOf(OffsetDateTime at) {
        return at.atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
    }

    private static void atLeastOne(int days, String what) {
        if (days < 1) {
            throw new IllegalArgumentException(what + " needs at least one working day: " + days);
        }
    }
}

package org.onewindow.supervision.records.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.clock.WorkingDays;

/**
 * The two supervision limits on the working-day calendar, on China's days ({@link ChinaTime#ZONE}): the push
 * (推送) within n working days of the decision, and the claim (认领期限) by the m-th working day after the push.
 * A record is overdue from the day after its claim deadline.
 */
public final class ClaimDeadlines {

    private final WorkingDays workingDays;
    private final int claimWorkingDays;
    private final int pushWorkingDays;

    public ClaimDeadlines(WorkingDays workingDays, int claimWorkingDays, int pushWorkingDays) {
        if (claimWorkingDays < 1 || pushWorkingDays < 0) {
            throw new IllegalArgumentException("the claim limit must be at least one working day and the push limit"
                    + " not negative: " + claimWorkingDays + ", " + pushWorkingDays);
        }
        this.workingDays = workingDays;
        this.claimWorkingDays = claimWorkingDays;
        this.pushWorkingDays = pushWorkingDays;
    }

    /** True when the push comes more than the push limit of working days after the decision. */
    public boolean pushedLate(OffsetDateTime decidedAt, OffsetDateTime pushedAt) {
        return workingDays.workingDaysBetween(day(decidedAt), day(pushedAt)) > pushWorkingDays;
    }

    private static LocalDate day(OffsetDateTime time) {
        return time.atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
    }

    public LocalDate claimDeadline(OffsetDateTime pushedAt) {
        return workingDays.deadline(day(pushedAt), claimWorkingDays);
    }

    /** True when {@code today} (China's day) is after the deadline: the whole last day counts. */
    public static boolean overdue(LocalDate claimDeadline, LocalDate today) {
        return today.isAfter(claimDeadline);
    }
}

package org.onewindow.supervision.records;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.onewindow.platform.clock.WorkingDays;

/**
 * The two supervision limits on the working-day calendar, in the centre's time zone: the push (推送) within n
 * working days of the decision, and the claim (认领期限) by the m-th working day after the push. A record is
 * overdue from the day after its claim deadline.
 */
public final class ClaimDeadlines {

    private final WorkingDays workingDays;
    private final int claimWorkingDays;
    private final int pushWorkingDays;
    private final ZoneId zone;

    public ClaimDeadlines(WorkingDays workingDays, int claimWorkingDays, int pushWorkingDays, ZoneId zone) {
        if (claimWorkingDays < 1 || pushWorkingDays < 0) {
            throw new IllegalArgumentException("the claim limit must be at least one working day and the push limit"
                    + " not negative: " + claimWorkingDays + ", " + pushWorkingDays);
        }
        this.workingDays = workingDays;
        this.claimWorkingDays = claimWorkingDays;
        this.pushWorkingDays = pushWorkingDays;
        this.zone = zone;
    }

    /** True when the push comes more than the push limit of working days after the decision. */
    public boolean pushedLate(OffsetDateTime decidedAt, OffsetDateTime pushedAt) {
        return workingDays.workingDaysBetween(day(decidedAt), day(pushedAt)) > pushWorkingDays;
    }

    private LocalDate day(OffsetDateTime time) {
        return time.atZoneSameInstant(zone).toLocalDate();
    }

    public LocalDate claimDeadline(OffsetDateTime pushedAt) {
        return workingDays.deadline(day(pushedAt), claimWorkingDays);
    }

    /** True when {@code today} (in the centre's zone) is after the deadline: the whole last day counts. */
    public static boolean overdue(LocalDate claimDeadline, LocalDate today) {
        return today.isAfter(claimDeadline);
    }
}

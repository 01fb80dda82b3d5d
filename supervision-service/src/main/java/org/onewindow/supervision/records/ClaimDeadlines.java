package org.onewindow.supervision.records;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.onewindow.platform.clock.WorkingDays;

/**
 * The claim deadline (认领期限): the n-th working day after the push, on the working-day calendar, in the
 * centre's time zone. A record is overdue from the day after its deadline.
 */
public final class ClaimDeadlines {

    private final WorkingDays workingDays;
    private final int claimWorkingDays;
    private final ZoneId zone;

    public ClaimDeadlines(WorkingDays workingDays, int claimWorkingDays, ZoneId zone) {
        if (claimWorkingDays < 1) {
            throw new IllegalArgumentException("the claim limit must be at least one working day: " + claimWorkingDays);
        }
        this.workingDays = workingDays;
        this.claimWorkingDays = claimWorkingDays;
        this.zone = zone;
    }

    public LocalDate claimDeadline(OffsetDateTime pushedAt) {
        return workingDays.deadline(pushedAt.atZoneSameInstant(zone).toLocalDate(), claimWorkingDays);
    }

    /** True when {@code today} (in the centre's zone) is after the deadline: the whole last day counts. */
    public static boolean overdue(LocalDate claimDeadline, LocalDate today) {
        return today.isAfter(claimDeadline);
    }
}

package org.onewindow.intake.applications.domain;

import java.time.LocalDate;

import org.onewindow.platform.clock.WarningLevel;
import org.onewindow.platform.clock.WarningPolicy;
import org.onewindow.platform.clock.WorkingDays;

/**
 * 电子监察 of delivery (Art. 44 行政许可法: the licence is issued and served within 10 working days of the decision):
 * the light of a decided, undelivered result against its licence due date, by the platform's {@link WarningPolicy},
 * the rule review's case warnings use (YELLOW from {@code yellowWorkingDaysBefore} working days before the date, the
 * date included; RED once it has passed), counted on the working-day calendar (a year without a published calendar
 * counts Monday to Friday: a provisional due date keeps its flag, the light is computed the same way).
 */
public final class DeliveryWarnings {

    private final WorkingDays calendar;
    private final WarningPolicy policy;

    public DeliveryWarnings(WorkingDays calendar, WarningPolicy policy) {
        this.calendar = calendar;
        this.policy = policy;
    }

    /** Working days from {@code today} to {@code dueBy}: 0 on the day, negative once it has passed. */
    public int workingDaysLeft(LocalDate dueBy, LocalDate today) {
        return calendar.workingDaysBetween(today, dueBy);
    }

    public WarningLevel level(LocalDate dueBy, LocalDate today) {
        return policy.level(workingDaysLeft(dueBy, today), today.isAfter(dueBy));
    }

    /** The light of an application on {@code today}; null when nothing waits for delivery against a due date. */
    public DeliveryWarning of(Application a, LocalDate today) {
        if (a.status() != ApplicationStatus.DECIDED || a.licenceIssueDueBy() == null) {
            return null;
        }
        return DeliveryWarning.of(level(a.licenceIssueDueBy(), today));
    }

    /**
     * The last due date that is YELLOW on {@code today}: due dates in {@code [today, yellowUntil]} are YELLOW, earlier
     * ones RED, later ones GREEN. Lets a list filter by light in SQL with the same rule as {@link #level}.
     */
    public LocalDate yellowUntil(LocalDate today) {
        return calendar.deadline(today, policy.yellowWorkingDaysBefore() + 1).minusDays(1);
    }
}

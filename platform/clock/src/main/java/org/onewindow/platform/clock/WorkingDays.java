package org.onewindow.platform.clock;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Working-day arithmetic on a calendar (行政许可法 Art. 82: limits count working days, holidays excluded).
 * The start day itself is never counted: a limit of n working days from acceptance (受理) ends on the
 * n-th working day after it, and {@code workingDaysBetween(s, deadline(s, n)) == n}.
 */
public final class WorkingDays {

    private final WorkingDayCalendar calendar;

    public WorkingDays(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public static WorkingDays on(WorkingDayCalendar calendar) {
        return new WorkingDays(calendar);
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** The n-th working day after {@code start}; {@code start} itself when n is 0. */
    public LocalDate deadline(LocalDate start, int n) {
        return nthCountedDayAfter(start, n, calendar::isWorkingDay);
    }

    /** Working days in {@code (from, to]}; negative (minus those in {@code (to, from]}) when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return countedDaysBetween(from, to, calendar::isWorkingDay);
    }

    /** The first working day strictly after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        return deadline(day, 1);
    }

    /** {@code day} if it is a working day, else the next one. */
    public LocalDate workingDayOnOrAfter(LocalDate day) {
        return calendar.isWorkingDay(day) ? day : nextWorkingDay(day);
    }

    public boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    static LocalDate nthCountedDayAfter(LocalDate start, int n, Predicate<LocalDate> counts) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("a number of working days cannot be negative: " + n);
        }
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (counts.test(day)) {
                counted++;
            }
        }
        return day;
    }

    static int countedDaysBetween(LocalDate from, LocalDate to, Predicate<LocalDate> counts) {
        if (to.isBefore(from)) {
            return -countedDaysBetween(to, from, counts);
        }
        int counted = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (counts.test(day)) {
                counted++;
            }
        }
        return counted;
    }
}

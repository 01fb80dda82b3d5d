package org.onewindow.review.calendar;

import java.time.LocalDate;

/**
 * The working-day arithmetic the review clock needs (工作日, Art. 82 行政许可法): weekends and public holidays
 * off, adjusted workdays (调休) on. Backed by platform-clock's calendar built from the replica of
 * catalog.calendar.
 */
public interface CaseCalendar {

    boolean isWorkingDay(LocalDate day);

    /** The {@code workingDays}-th working day after {@code from} ({@code from} itself is not counted). */
    default LocalDate addWorkingDays(LocalDate from, int workingDays) {
        LocalDate day = from;
        int left = workingDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days in the half-open span (from, to]: how many a pause from {@code from} to {@code to} costs. */
    default int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The last working day strictly before {@code day}. */
    default LocalDate previousWorkingDay(LocalDate day) {
        LocalDate previous = day.minusDays(1);
        while (!isWorkingDay(previous)) {
            previous = previous.minusDays(1);
        }
        return previous;
    }
}

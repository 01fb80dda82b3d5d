package org.onewindow.review.cases.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

import org.onewindow.platform.clock.WorkingDayCalendar;

/**
 * Which years a deadline depends on without a published calendar. A deadline n working days after {@code start}
 * counts the days in (start, deadline]; a day of a year the catalog has not published is counted Monday to Friday
 * ({@link WorkingDayCalendar}), so the deadline is provisional until that year is published.
 */
final class CalendarCoverage {

    private CalendarCoverage() {
    }

    /** The years of the days in (start, end] that {@code calendar} does not cover; empty when end is not after start. */
    static SortedSet<Integer> uncovered(WorkingDayCalendar calendar, LocalDate start, LocalDate end) {
        SortedSet<Integer> years = new TreeSet<>();
        if (start == null || end == null || !end.isAfter(start)) {
            return years;
        }
        for (int year = start.plusDays(1).getYear(); year <= end.getYear(); year++) {
            if (!calendar.covers(LocalDate.of(year, 1, 1))) {
                years.add(year);
            }
        }
        return years;
    }

    /** True when a day of (start, end] lies in one of {@code years}. */
    static boolean touches(Collection<Integer> years, LocalDate start, LocalDate end) {
        if (start == null || end == null || !end.isAfter(start)) {
            return false;
        }
        int first = start.plusDays(1).getYear();
        return years.stream().anyMatch(y -> y >= first && y <= end.getYear());
    }
}

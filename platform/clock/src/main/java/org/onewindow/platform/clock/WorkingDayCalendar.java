package org.onewindow.platform.clock;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.onewindow.platform.kernel.RuleViolation;

/**
 * The working-day calendar (工作日历) the catalog publishes: weekends and public holidays off, adjusted
 * workdays (调休) on. Immutable.
 *
 * <p>Outside the {@linkplain #covers(LocalDate) covered} years only the weekday rule applies (Monday to Friday
 * worked), which ignores that year's holidays: callers computing a deadline that reaches an uncovered year
 * should warn (log, flag the case) that the calendar for that year has not been published yet.
 */
public final class WorkingDayCalendar {

    private static final WorkingDayCalendar WEEKDAYS_ONLY = new WorkingDayCalendar(Map.of());

    private final Map<Integer, CalendarYear> years;

    private WorkingDayCalendar(Map<Integer, CalendarYear> years) {
        this.years = Map.copyOf(years);
    }

    /**
     * @throws RuleViolation ({@code calendar.duplicate-year}) when two entries are for the same year
     */
    public static WorkingDayCalendar of(Collection<CalendarYear> calendarYears) {
        Map<Integer, CalendarYear> byYear = new TreeMap<>();
        for (CalendarYear year : calendarYears) {
            if (byYear.put(year.year(), year) != null) {
                throw new RuleViolation("year", "calendar.duplicate-year", "two calendars for " + year.year());
            }
        }
        return new WorkingDayCalendar(byYear);
    }

    public static WorkingDayCalendar of(CalendarYear... calendarYears) {
        return of(List.of(calendarYears));
    }

    /** No published year: Monday to Friday only. */
    public static WorkingDayCalendar weekdaysOnly() {
        return WEEKDAYS_ONLY;
    }

    /** A copy with {@code year} added, or replacing the calendar already held for its year (a corrected notice). */
    public WorkingDayCalendar with(CalendarYear year) {
        Map<Integer, CalendarYear> copy = new TreeMap<>(years);
        copy.put(year.year(), year);
        return new WorkingDayCalendar(copy);
    }

    public boolean isWorkingDay(LocalDate day) {
        CalendarYear year = years.get(day.getYear());
        return year != null ? year.isWorkingDay(day) : !CalendarYear.isWeekend(day);
    }

    /** True when the year of {@code day} has a published calendar (holidays and 调休 known). */
    public boolean covers(LocalDate day) {
        return years.containsKey(day.getYear());
    }

    public SortedSet<Integer> years() {
        return new TreeSet<>(years.keySet());
    }

    public Optional<CalendarYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /** The versions of the covered years, e.g. {@code 2025=..., 2026=...}: record it on a case for audit. */
    public String version() {
        return new TreeMap<>(years).values().stream()
                .map(y -> y.year() + "=" + y.version())
                .collect(Collectors.joining("; "));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingDayCalendar other && years.equals(other.years);
    }

    @Override
    public int hashCode() {
        return years.hashCode();
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + (years.isEmpty() ? "weekdays only" : version()) + "]";
    }
}

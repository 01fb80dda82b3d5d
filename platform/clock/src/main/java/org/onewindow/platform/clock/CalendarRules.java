package org.onewindow.platform.clock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.Violation;

/**
 * The rules a year of the working-day calendar must keep, as ONE function: the catalog's API refuses a calendar
 * that breaks any of them (422 listing every violation), every consumer's replica refuses the same calendar as a
 * malformed event, and {@link CalendarYear} (parsed files, stored years) is built only from calendars that keep
 * them. Producer and consumers therefore never disagree on what a valid calendar is.
 *
 * <ul>
 *   <li>{@code calendar.year-range}: the year is within 1900..9999;</li>
 *   <li>{@code calendar.date-missing}: no list holds a {@code null} date;</li>
 *   <li>{@code calendar.date-outside-year}: every date falls in the year;</li>
 *   <li>{@code calendar.duplicate-date}: no date is listed twice in the same list;</li>
 *   <li>{@code calendar.holiday-and-workday}: no date is both a holiday and an adjusted workday;</li>
 *   <li>{@code calendar.workday-not-weekend}: every adjusted workday (调休) is a Saturday or Sunday (a weekday is
 *       a working day anyway: listing it is a data error);</li>
 *   <li>{@code calendar.too-many-days}: at most {@link ListLimits#HOLIDAYS} holidays and
 *       {@link ListLimits#ADJUSTED_WORKDAYS} adjusted workdays.</li>
 * </ul>
 * Fields are {@code year}, {@code holidays[i]} and {@code adjustedWorkdays[i]} (the index in the list as given),
 * or {@code holidays} / {@code adjustedWorkdays} for a rule on the whole list.
 */
public final class CalendarRules {

    public static final String HOLIDAYS = "holidays";
    public static final String ADJUSTED_WORKDAYS = "adjustedWorkdays";

    private CalendarRules() {
    }

    /** Every violation of the rules, in a stable order; empty when the calendar is valid. Never throws. */
    public static List<Violation> check(int year, Collection<LocalDate> holidays, Collection<LocalDate> adjustedWorkdays) {
        List<Violation> violations = new ArrayList<>();
        if (year < 1900 || year > 9999) {
            violations.add(new Violation("year", "calendar.year-range", "year " + year + " is outside 1900..9999"));
        }
        List<LocalDate> off = holidays == null ? List.of() : new ArrayList<>(holidays);
        List<LocalDate> on = adjustedWorkdays == null ? List.of() : new ArrayList<>(adjustedWorkdays);
        size(off, HOLIDAYS, ListLimits.HOLIDAYS, violations);
        size(on, ADJUSTED_WORKDAYS, ListLimits.ADJUSTED_WORKDAYS, violations);
        Set<LocalDate> workdaySet = on.stream().filter(d -> d != null).collect(Collectors.toSet());
        dates(year, off, HOLIDAYS, "holiday", violations, (day, field) -> {
            if (workdaySet.contains(day)) {
                violations.add(new Violation(field, "calendar.holiday-and-workday",
                        day + " cannot be both a holiday and an adjusted workday"));
            }
        });
        dates(year, on, ADJUSTED_WORKDAYS, "adjusted workday", violations, (day, field) -> {
            if (!isWeekend(day)) {
                violations.add(new Violation(field, "calendar.workday-not-weekend", "adjusted workday " + day
                        + " is a " + day.getDayOfWeek() + "; only weekend days are adjusted"));
            }
        });
        return List.copyOf(violations);
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private interface DayRule {
        void check(LocalDate day, String field);
    }

    private static void size(List<LocalDate> days, String field, int max, List<Violation> violations) {
        if (days.size() > max) {
            violations.add(new Violation(field, "calendar.too-many-days",
                    "at most " + max + " " + field + " in a year, not " + days.size()));
        }
    }

    private static void dates(int year, List<LocalDate> days, String field, String what, List<Violation> violations,
                              DayRule rule) {
        Map<LocalDate, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            String at = field + "[" + i + "]";
            if (day == null) {
                violations.add(new Violation(at, "calendar.date-missing", "a " + what + " needs a date"));
                continue;
            }
            Integer first = firstIndex.putIfAbsent(day, i);
            if (first != null) {
                violations.add(new Violation(at, "calendar.duplicate-date",
                        what + " " + day + " is already listed at " + field + "[" + first + "]"));
                continue;
            }
            if (day.getYear() != year) {
                violations.add(new Violation(at, "calendar.date-outside-year", what + " " + day + " is not in " + year));
            }
            rule.check(day, at);
        }
    }
}

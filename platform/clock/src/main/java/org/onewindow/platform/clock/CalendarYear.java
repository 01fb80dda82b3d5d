package org.onewindow.platform.clock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.Violation;

/**
 * One year of the working-day calendar (工作日历), as published by the State Council or a locality:
 * the public holidays (days off, 法定节假日) and the adjusted workdays (调休: weekend days worked).
 * {@code version} identifies the source (e.g. the notice number) so a case can record which calendar it used.
 *
 * <p>Valid when every date lies in {@code year}, no date is both a holiday and a workday, and every adjusted
 * workday is a Saturday or Sunday (a weekday is a working day anyway: listing it is a data error).
 *
 * @throws RuleViolation listing every problem (fields {@code year}, {@code version}, {@code holidays},
 *     {@code adjustedWorkdays}; rules {@code calendar.*})
 */
public record CalendarYear(int year, Set<LocalDate> holidays, Set<LocalDate> adjustedWorkdays, String version) {

    public CalendarYear {
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        adjustedWorkdays = adjustedWorkdays == null ? Set.of() : Set.copyOf(adjustedWorkdays);
        List<Violation> violations = new ArrayList<>();
        if (year < 1900 || year > 9999) {
            violations.add(new Violation("year", "calendar.year-range", "year " + year + " is outside 1900..9999"));
        }
        if (version == null || version.isBlank() || version.contains("\n")) {
            violations.add(new Violation("version", "calendar.version-required",
                    "a calendar year needs a one-line version naming its source"));
        }
        for (LocalDate day : new TreeSet<>(holidays)) {
            if (day.getYear() != year) {
                violations.add(new Violation("holidays", "calendar.date-outside-year", "holiday " + day + " is not in " + year));
            }
            if (adjustedWorkdays.contains(day)) {
                violations.add(new Violation("holidays", "calendar.holiday-and-workday",
                        day + " cannot be both a holiday and an adjusted workday"));
            }
        }
        for (LocalDate day : new TreeSet<>(adjustedWorkdays)) {
            if (day.getYear() != year) {
                violations.add(new Violation("adjustedWorkdays", "calendar.date-outside-year",
                        "adjusted workday " + day + " is not in " + year));
            }
            if (!isWeekend(day)) {
                violations.add(new Violation("adjustedWorkdays", "calendar.workday-not-weekend",
                        "adjusted workday " + day + " is a " + day.getDayOfWeek() + "; only weekend days are adjusted"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
    }

    /** Is {@code day} (inside this year) a working day: adjusted workdays on, holidays and weekends off. */
    public boolean isWorkingDay(LocalDate day) {
        if (holidays.contains(day)) {
            return false;
        }
        return adjustedWorkdays.contains(day) || !isWeekend(day);
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}

package org.onewindow.platform.clock;

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
 * <p>Valid when it keeps {@link CalendarRules} (the one calendar check of the suite) and names its version.
 *
 * @throws RuleViolation listing every problem (fields {@code year}, {@code version}, {@code holidays},
 *     {@code adjustedWorkdays}; rules {@code calendar.*})
 */
public record CalendarYear(int year, Set<LocalDate> holidays, Set<LocalDate> adjustedWorkdays, String version) {

    public CalendarYear {
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        adjustedWorkdays = adjustedWorkdays == null ? Set.of() : Set.copyOf(adjustedWorkdays);
        // sorted: the indices in the violations' fields are stable for a set
        List<Violation> violations = new ArrayList<>(CalendarRules.check(year, new TreeSet<>(holidays),
                new TreeSet<>(adjustedWorkdays)));
        if (version == null || version.isBlank() || version.contains("\n")) {
            violations.add(new Violation("version", "calendar.version-required",
                    "a calendar year needs a one-line version naming its source"));
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
        return CalendarRules.isWeekend(day);
    }
}

package org.onewindow.review.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * A calendar given by its public holidays and adjusted workdays (调休): Saturdays and Sundays are off unless
 * listed as adjusted workdays; listed holidays are off.
 */
public record HolidayCalendar(Set<LocalDate> holidays, Set<LocalDate> adjustedWorkdays) implements CaseCalendar {

    public HolidayCalendar {
        holidays = Set.copyOf(holidays);
        adjustedWorkdays = Set.copyOf(adjustedWorkdays);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        if (adjustedWorkdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }
}

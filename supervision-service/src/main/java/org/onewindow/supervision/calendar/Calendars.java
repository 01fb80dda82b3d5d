package org.onewindow.supervision.calendar;

import java.util.List;

import org.onewindow.platform.clock.CalendarYear;
import org.onewindow.platform.clock.OfficialCalendars;
import org.onewindow.platform.clock.WorkingDayCalendar;

/**
 * The calendar supervision counts on: the years the catalog published (工作日历 replica), and the official
 * national calendars for the years it has not published (yet).
 */
public final class Calendars {

    private Calendars() {
    }

    public static WorkingDayCalendar merge(List<CalendarYear> published) {
        WorkingDayCalendar calendar = OfficialCalendars.china();
        for (CalendarYear year : published) {
            calendar = calendar.with(year);
        }
        return calendar;
    }
}

package org.onewindow.rating.calendar;

import java.util.Set;

import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.platform.clock.CalendarYear;
import org.onewindow.platform.clock.OfficialCalendars;
import org.onewindow.platform.clock.WorkingDayCalendar;
import org.onewindow.platform.clock.WorkingDays;
import org.springframework.stereotype.Service;

/**
 * The calendar rectification deadlines count on: the national calendars shipped in platform-clock, overridden
 * year by year by what the catalog published (a locality may publish its own, or a corrected notice).
 */
@Service
public class RatingCalendarService {

    private final CalendarRepository replica;

    public RatingCalendarService(CalendarRepository replica) {
        this.replica = replica;
    }

    /** Read per command, so a newly received year applies at once (the table holds a handful of rows). */
    public WorkingDays workingDays() {
        WorkingDayCalendar calendar = OfficialCalendars.china();
        for (CalendarYear year : replica.all()) {
            calendar = calendar.with(year);
        }
        return WorkingDays.on(calendar);
    }

    public void received(CalendarPublished published) {
        // validate before storing: a malformed year throws and goes to the dead-letter topic
        new CalendarYear(published.year(), Set.copyOf(published.holidays()), Set.copyOf(published.adjustedWorkdays()),
                "catalog.calendar v" + published.version());
        replica.store(published);
    }
}

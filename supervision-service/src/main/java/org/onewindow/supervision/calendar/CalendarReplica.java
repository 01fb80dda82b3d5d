package org.onewindow.supervision.calendar;

import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.platform.clock.CalendarYear;
import org.onewindow.platform.clock.WorkingDayCalendar;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.messaging.MalformedEventException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the catalog's calendar (consumed from catalog.calendar) and answers with the calendar to count on. */
@Service
public class CalendarReplica {

    private final CalendarRepository repository;

    public CalendarReplica(CalendarRepository repository) {
        this.repository = repository;
    }

    /** Handles catalog.CalendarPublished; an invalid calendar year can never be stored and goes to the DLT. */
    public void onCalendarPublished(CalendarPublished published) {
        try {
            new CalendarYear(published.year(), java.util.Set.copyOf(published.holidays()),
                    java.util.Set.copyOf(published.adjustedWorkdays()), "catalog v" + published.version());
        } catch (RuleViolation invalid) {
            throw new MalformedEventException("calendar " + published.year() + " is invalid: " + invalid.getMessage(),
                    invalid);
        }
        repository.store(published);
    }

    /** Read per use: calendars change a few times a year and a deadline must use the latest one. */
    @Transactional(readOnly = true)
    public WorkingDayCalendar current() {
        return Calendars.merge(repository.findAll());
    }
}

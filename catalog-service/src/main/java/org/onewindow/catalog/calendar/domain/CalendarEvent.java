package org.onewindow.catalog.calendar.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a calendar publication tells the suite (internal; the messaging adapter maps it). */
public sealed interface CalendarEvent {

    /** A new version of the year's calendar: {@code version} is the number it is stored under. */
    record Published(int year, long version, List<LocalDate> holidays, List<LocalDate> adjustedWorkdays, Instant at)
            implements CalendarEvent {
    }
}

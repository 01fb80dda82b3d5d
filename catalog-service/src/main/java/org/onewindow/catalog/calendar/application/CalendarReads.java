package org.onewindow.catalog.calendar.application;

import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;

/** Every published version of a year's calendar (implemented by the persistence adapter). */
public interface CalendarReads {

    /** One stored version of a year's calendar. */
    record CalendarVersion(int year, int version, List<LocalDate> holidays, List<LocalDate> adjustedWorkdays,
                           String publishedBy, String reason, OffsetDateTime publishedAt) {
    }

    /** Oldest first. */
    List<CalendarVersion> history(int year);
}

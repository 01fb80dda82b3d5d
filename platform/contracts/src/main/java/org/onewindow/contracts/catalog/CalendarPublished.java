package org.onewindow.contracts.catalog;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The working-day calendar of one year, in full; key = the year. Weekends are off unless listed as
 * adjusted workdays (调休); public holidays are off.
 *
 * @param version increases with every republication of the same year
 * @param holidays public holidays that fall on weekdays or weekends, Asia/Shanghai dates
 * @param adjustedWorkdays weekend days that are working days (调休上班)
 */
@EventType(name = "catalog.CalendarPublished", version = 1, stream = Stream.CATALOG_CALENDAR)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CalendarPublished(
        int year,
        int version,
        List<LocalDate> holidays,
        List<LocalDate> adjustedWorkdays,
        OffsetDateTime publishedAt) implements DomainEvent {

    public CalendarPublished {
        holidays = EventFields.list(holidays);
        adjustedWorkdays = EventFields.list(adjustedWorkdays);
    }

    @Override
    public String subject() {
        return Integer.toString(year);
    }
}

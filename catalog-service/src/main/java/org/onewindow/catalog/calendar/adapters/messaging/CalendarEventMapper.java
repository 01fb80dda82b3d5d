package org.onewindow.catalog.calendar.adapters.messaging;

import java.time.ZoneOffset;
import java.util.List;

import org.onewindow.catalog.calendar.domain.CalendarEvent;
import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.platform.commands.ContractMapper;

/** A calendar publication → {@code CalendarPublished} on the compacted {@code catalog.calendar} stream. */
public final class CalendarEventMapper implements ContractMapper<CalendarEvent> {

    @Override
    public List<DomainEvent> toContracts(CalendarEvent event) {
        return switch (event) {
            case CalendarEvent.Published p -> List.of(new CalendarPublished(p.year(), (int) p.version(), p.holidays(),
                    p.adjustedWorkdays(), p.at().atOffset(ZoneOffset.UTC)));
        };
    }
}

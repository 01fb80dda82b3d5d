package org.onewindow.platform.calendar;

import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.platform.messaging.EventSubscription;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** A minimal service: a database, no tables of its own, and one subscription that keeps the calendar replica. */
@SpringBootConfiguration
@EnableAutoConfiguration
class CalendarTestApplication {

    static final String GROUP = "calendar-test";

    @Bean
    EventSubscription calendarTestSubscription(CalendarReplica calendar) {
        return EventSubscription.forGroup(GROUP)
                .on(CalendarPublished.class, (event, meta) -> calendar.apply(event))
                .build();
    }
}

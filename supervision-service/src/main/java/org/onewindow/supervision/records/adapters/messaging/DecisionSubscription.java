package org.onewindow.supervision.records.adapters.messaging;

import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.platform.calendar.CalendarReplica;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.messaging.EventSubscription;
import org.onewindow.platform.messaging.MalformedEventException;
import org.onewindow.supervision.records.application.SupervisionRecords;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What supervision consumes: every decision (approvals become records through the command path, rejections are
 * noted for reconciliation) and the catalog's calendar (platform-calendar's replica). An approval lacking the facts
 * of a record can never be handled and goes straight to the dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
public class DecisionSubscription {

    @Bean
    EventSubscription supervisionSubscription(SupervisionRecords records, CalendarReplica calendar) {
        return EventSubscription.forGroup("supervision")
                .on(DecisionMade.class, (decision, meta) -> {
                    try {
                        records.onDecision(decision, meta.id());
                    } catch (RuleViolation incomplete) {
                        throw new MalformedEventException("decision " + decision.caseNumber()
                                + " cannot become a supervision record: " + incomplete.getMessage(), incomplete);
                    }
                })
                .on(CalendarPublished.class, (published, meta) -> calendar.apply(published))
                .build();
    }
}

package org.onewindow.supervision.config;

import java.time.Clock;

import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.platform.calendar.CalendarReplica;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.messaging.EventSubscription;
import org.onewindow.platform.messaging.MalformedEventException;
import org.onewindow.supervision.records.SupervisionRecordService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(SupervisionProperties.class)
public class SupervisionConfiguration {

    /** Deadlines and escalation read the time from this bean, so tests can move it. */
    @Bean
    Clock clock(SupervisionProperties properties) {
        return Clock.system(properties.zone());
    }

    /**
     * What supervision consumes: every decision (approvals become records, rejections are noted for
     * reconciliation) and the catalog's calendar. An approval lacking the facts of a record can never be handled
     * and goes straight to the dead-letter topic.
     */
    @Bean
    EventSubscription supervisionSubscription(SupervisionRecordService records, CalendarReplica calendar) {
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

package org.onewindow.review.config;

import java.time.Clock;

import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.SupplementReceived;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.platform.calendar.CalendarReplica;
import org.onewindow.platform.messaging.EventSubscription;
import org.onewindow.review.cases.ReviewCaseService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReviewProperties.class)
@EnableScheduling
public class ReviewConfiguration {

    /** Consumer group {@code review}: each handler runs in one transaction with its inbox row (idempotent). */
    @Bean
    EventSubscription reviewSubscription(ReviewCaseService cases, CalendarReplica calendar) {
        return EventSubscription.forGroup("review")
                .on(ApplicationAccepted.class, (event, meta) -> cases.open(event))
                .on(SupplementReceived.class, (event, meta) -> cases.supplementReceived(event))
                .on(LicenceActionTaken.class, (event, meta) -> cases.licenceActionTaken(event))
                .on(CalendarPublished.class, (event, meta) -> calendar.apply(event))
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}

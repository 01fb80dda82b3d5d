package org.onewindow.rating.config;

import java.time.Clock;

import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.ResultDelivered;
import org.onewindow.platform.calendar.CalendarReplica;
import org.onewindow.platform.messaging.EventSubscription;
import org.onewindow.rating.ratings.EligibilityService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RatingProperties.class)
public class RatingConfiguration {

    /**
     * Consumer group {@code rating}: each handler runs in one transaction with its inbox row, so a redelivered
     * event has no second effect; a record that cannot be read goes to {@code rating.dlt}.
     */
    @Bean
    EventSubscription ratingSubscription(EligibilityService eligibility, CalendarReplica calendar) {
        return EventSubscription.forGroup("rating")
                .on(ApplicationAccepted.class, (event, meta) -> eligibility.accepted(event))
                .on(ResultDelivered.class, (event, meta) -> eligibility.delivered(event))
                .on(CalendarPublished.class, (event, meta) -> calendar.apply(event))
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}

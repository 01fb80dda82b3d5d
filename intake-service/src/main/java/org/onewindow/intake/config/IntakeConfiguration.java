package org.onewindow.intake.config;

import java.time.Clock;

import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.contracts.catalog.ItemVersionChanged;
import org.onewindow.contracts.catalog.ServiceCentreChanged;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.ReviewCaseOpened;
import org.onewindow.contracts.review.SupplementRequested;
import org.onewindow.contracts.review.TaskCompleted;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.intake.applications.ApplicationService;
import org.onewindow.intake.catalog.CatalogReplica;
import org.onewindow.platform.calendar.CalendarReplica;
import org.onewindow.platform.messaging.EventSubscription;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class IntakeConfiguration {

    /**
     * Consumer group {@code intake}: the catalog replica (compacted stream, read from the beginning), the working-day
     * calendar (one-time notice due dates count on it), review's progress and decisions, supervision's licence
     * actions. Each handler runs in one transaction with its inbox row.
     */
    @Bean
    EventSubscription intakeSubscription(CatalogReplica catalog, CalendarReplica calendar,
                                         ApplicationService applications) {
        return EventSubscription.forGroup("intake")
                .on(ItemVersionChanged.class, (event, meta) -> catalog.received(event))
                .on(ServiceCentreChanged.class, (event, meta) -> catalog.received(event))
                .on(CalendarPublished.class, (event, meta) -> calendar.apply(event))
                .on(ReviewCaseOpened.class, (event, meta) -> applications.reviewOpened(event))
                .on(TaskCompleted.class, (event, meta) -> applications.taskCompleted(event))
                .on(SupplementRequested.class, (event, meta) -> applications.supplementRequested(event))
                .on(DecisionMade.class, (event, meta) -> applications.decisionMade(event))
                .on(LicenceActionTaken.class, (event, meta) -> applications.licenceActionTaken(event))
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}

package org.onewindow.rating.config;

import java.util.UUID;

import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.ApplicationNotAccepted;
import org.onewindow.contracts.intake.OneTimeNoticeIssued;
import org.onewindow.contracts.intake.ResultDelivered;
import org.onewindow.platform.calendar.CalendarReplica;
import org.onewindow.platform.commands.AccessPolicy;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.commands.CommandPaths;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.messaging.EventSubscription;
import org.onewindow.rating.ratings.adapters.messaging.IntakeEvents;
import org.onewindow.rating.ratings.adapters.messaging.RatingContracts;
import org.onewindow.rating.ratings.application.RatedCases;
import org.onewindow.rating.ratings.application.RatingAccess;
import org.onewindow.rating.ratings.domain.RatedCase;
import org.onewindow.rating.ratings.domain.RatingEvent;
import org.onewindow.rating.rectifications.adapters.messaging.RectificationContracts;
import org.onewindow.rating.rectifications.application.Rectifications;
import org.onewindow.rating.rectifications.domain.Rectification;
import org.onewindow.rating.rectifications.domain.RectificationEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring: the two command paths (a rated case with its ratings; a rectification), the event subscription, the
 * settings. The clock is the platform's.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RatingProperties.class)
public class RatingConfiguration {

    /** Rated cases: only the applicant or their agent rates ({@link RatingAccess}); audit subject = case number. */
    @Bean
    CommandPath<CaseNumber, RatedCase, RatingEvent> ratedCaseCommands(CommandPaths paths, RatedCases cases) {
        return paths.of("case", cases, ratedCase -> ratedCase.caseNumber().value(), new RatingContracts(),
                new RatingAccess());
    }

    /**
     * Rectifications: opened by rating itself for a bad rating; the endpoints' grants say who takes which step and
     * the rectification itself checks the department ({@code Rectification.requireHandledBy}); audit lines go to
     * the case's trail.
     */
    @Bean
    CommandPath<UUID, Rectification, RectificationEvent> rectificationCommands(CommandPaths paths,
                                                                                Rectifications rectifications) {
        return paths.of("rectification", rectifications, rectification -> rectification.caseNumber().value(),
                new RectificationContracts(), AccessPolicy.permitAll());
    }

    /**
     * Consumer group {@code rating}: each handler runs in one transaction with its inbox row, so a redelivered
     * event has no second effect; a record that cannot be read goes to {@code rating.dlt}.
     */
    @Bean
    EventSubscription ratingSubscription(IntakeEvents intake, CalendarReplica calendar) {
        return EventSubscription.forGroup("rating")
                .on(ApplicationAccepted.class, (event, meta) -> intake.accepted(event))
                .on(ResultDelivered.class, (event, meta) -> intake.delivered(event))
                .on(ApplicationNotAccepted.class, (event, meta) -> intake.notAccepted(event))
                .on(OneTimeNoticeIssued.class, (event, meta) -> intake.noticeIssued(event))
                .on(CalendarPublished.class, (event, meta) -> calendar.apply(event))
                .build();
    }
}

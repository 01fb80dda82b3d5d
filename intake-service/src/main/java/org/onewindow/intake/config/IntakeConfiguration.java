package org.onewindow.intake.config;

import java.time.Clock;

import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.contracts.catalog.ItemVersionChanged;
import org.onewindow.contracts.catalog.ServiceCentreChanged;
import org.onewindow.contracts.rating.RectificationProgressed;
import org.onewindow.contracts.review.DeadlineExtended;
import org.onewindow.contracts.review.DeadlinesRecomputed;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.LicenceIssued;
import org.onewindow.contracts.review.ProcedurePaused;
import org.onewindow.contracts.review.ProcedureResumed;
import org.onewindow.contracts.review.ReviewCaseOpened;
import org.onewindow.contracts.review.SupplementRequested;
import org.onewindow.contracts.review.TaskCompleted;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.intake.applications.adapters.messaging.ApplicationContracts;
import org.onewindow.intake.applications.adapters.messaging.CaseProgressEvents;
import org.onewindow.intake.applications.application.ApplicationAccess;
import org.onewindow.intake.applications.application.ApplicationService;
import org.onewindow.intake.applications.application.CaseScopes;
import org.onewindow.intake.applications.application.MaterialDocuments;
import org.onewindow.platform.security.CurrentAccess;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.intake.applications.application.ApplicationStore;
import org.onewindow.intake.applications.domain.Application;
import org.onewindow.intake.applications.domain.ApplicationEvent;
import org.onewindow.intake.catalog.adapters.messaging.CatalogEvents;
import org.onewindow.intake.catalog.application.CatalogReplica;
import org.onewindow.intake.documents.adapters.messaging.LicenceEvents;
import org.onewindow.intake.documents.application.DocumentService;
import org.onewindow.intake.messages.application.MessageBox;
import org.onewindow.intake.messages.application.MessageStore;
import org.onewindow.intake.messages.application.NotificationChannel;
import org.onewindow.intake.messages.application.NotificationChannels;
import org.onewindow.intake.messages.application.WrittenNotices;
import org.onewindow.platform.calendar.CalendarReplica;
import org.onewindow.platform.commands.AuditTrail;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.commands.CommandPaths;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.messaging.EventSubscription;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring: the application command path, the use cases, the event subscription, the properties. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
public class IntakeConfiguration {

    /** The one way an application changes: audit subject = the case number. */
    @Bean
    CommandPath<CaseNumber, Application, ApplicationEvent> applicationCommands(CommandPaths paths, ApplicationStore store) {
        return paths.of("application", store, a -> a.caseNumber().value(), new ApplicationContracts(),
                new ApplicationAccess());
    }

    @Bean
    ApplicationService applicationService(CommandPath<CaseNumber, Application, ApplicationEvent> applicationCommands,
                                          ApplicationStore store, AuditTrail auditTrail, CatalogReplica catalog,
                                          CalendarReplica calendar, Clock clock, IntakeProperties properties,
                                          MessageBox messageBox, MaterialDocuments documentEvidence) {
        return new ApplicationService(applicationCommands, store, auditTrail, catalog, calendar, clock,
                properties.noticeWorkingDays(), messageBox, documentEvidence);
    }

    /** 站内信 and the notification channel the applicant is told through (docs/intake.md "Message box"). */
    @Bean
    MessageBox messageBox(MessageStore store, ObjectProvider<NotificationChannel> channels, Clock clock,
                          @Value("${onewindow.intake.notifications.channel:recording}") String configured) {
        // none on the classpath is our clear start-up error, not Spring's "expected at least 1 bean"
        return new MessageBox(store, NotificationChannels.select(channels.orderedStream().toList(), configured), clock);
    }

    @Bean
    WrittenNotices writtenNotices(MessageStore store) {
        return new WrittenNotices(store);
    }

    /** The caller's scope of the policy table, for applications (docs/security.md "Scopes"). */
    @Bean
    CaseScopes caseScopes(CurrentAccess access, CurrentActor actors, CatalogReplica catalog) {
        return new CaseScopes(access, actors, catalog);
    }

    /**
     * Consumer group {@code intake}: the catalog replica (compacted stream, read from the beginning), the working-day
     * calendar (one-time notice due dates count on it), review's progress and decisions, supervision's licence
     * actions, review's electronic licences (each a document of the case). Each handler runs in one transaction with
     * its inbox row; those that change an application go through its command path.
     */
    @Bean
    EventSubscription intakeSubscription(CatalogReplica catalog, CalendarReplica calendar,
                                         ApplicationService applications, DocumentService documents) {
        CatalogEvents catalogEvents = new CatalogEvents(catalog);
        CaseProgressEvents progress = new CaseProgressEvents(applications);
        return EventSubscription.forGroup("intake")
                .on(ItemVersionChanged.class, (event, meta) -> catalogEvents.itemVersionChanged(event))
                .on(ServiceCentreChanged.class, (event, meta) -> catalogEvents.serviceCentreChanged(event))
                .on(CalendarPublished.class, (event, meta) -> calendar.apply(event))
                .on(ReviewCaseOpened.class, (event, meta) -> progress.reviewOpened(event))
                .on(TaskCompleted.class, (event, meta) -> progress.taskCompleted(event))
                .on(SupplementRequested.class, (event, meta) -> progress.supplementRequested(event, meta.id()))
                .on(DecisionMade.class, (event, meta) -> progress.decisionMade(event, meta.id()))
                .on(DeadlineExtended.class, (event, meta) -> progress.deadlineExtended(event, meta.id()))
                .on(ProcedurePaused.class, (event, meta) -> progress.procedurePaused(event, meta.id()))
                .on(ProcedureResumed.class, (event, meta) -> progress.procedureResumed(event, meta.id()))
                .on(DeadlinesRecomputed.class, (event, meta) -> progress.deadlinesRecomputed(event, meta.id()))
                .on(RectificationProgressed.class, (event, meta) -> progress.rectificationProgressed(event, meta.id()))
                .on(LicenceActionTaken.class, (event, meta) -> progress.licenceActionTaken(event))
                .on(LicenceIssued.class, (event, meta) -> LicenceEvents.licenceIssued(documents, event))
                .build();
    }
}

package org.onewindow.intake.config;

import java.time.Clock;
import java.util.UUID;

import org.onewindow.intake.applications.application.ApplicationService;
import org.onewindow.intake.applications.application.ApplicationStore;
import org.onewindow.intake.documents.adapters.messaging.DocumentContracts;
import org.onewindow.intake.documents.adapters.storage.ReviewLicenceObjects;
import org.onewindow.intake.documents.adapters.storage.UnconfiguredObjectStore;
import org.onewindow.intake.documents.application.DocumentEvidence;
import org.onewindow.intake.documents.application.DocumentJobs;
import org.onewindow.intake.documents.application.DocumentService;
import org.onewindow.intake.documents.application.DocumentStore;
import org.onewindow.intake.documents.application.JobLock;
import org.onewindow.intake.documents.application.UploadSessions;
import org.onewindow.intake.documents.domain.Document;
import org.onewindow.intake.documents.domain.DocumentEvent;
import org.onewindow.platform.commands.AccessPolicy;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.commands.CommandPaths;
import org.onewindow.platform.messaging.ScheduledScan;
import org.onewindow.platform.objectstore.ObjectStore;
import org.slf4j.Logger;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** Wiring of documents: their command path, the use cases, the evidence the materials check reads, the jobs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentProperties.class)
public class DocumentsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DocumentsConfiguration.class);

    /**
     * A document's changes (audit subject = its case number, so the case's trail shows them). Who may act is
     * decided before, on the case ({@code DocumentAccess}): the path's own policy lets through what reached it.
     */
    @Bean
    CommandPath<UUID, Document, DocumentEvent> documentCommands(CommandPaths paths, DocumentStore store) {
        return paths.of("document", store, d -> d.state().caseNumber(), new DocumentContracts(),
                AccessPolicy.permitAll());
    }

    /** platform-objectstore's store; without {@code onewindow.objectstore.endpoint} every document call is a 503. */
    private static ObjectStore storage(ObjectProvider<ObjectStore> objectStores) {
        return objectStores.getIfAvailable(() -> {
            log.warn("no object store configured (onewindow.objectstore.endpoint): documents answer 503");
            return new UnconfiguredObjectStore();
        });
    }

    @Bean
    DocumentEvidence documentEvidence(DocumentStore store) {
        return new DocumentEvidence(store);
    }

    /**
     * Review's electronic licences, read (only) under review's prefix: {@code review.LicenceIssued}'s key is relative
     * to it. Not an {@code ObjectStore} bean, so intake's own store and its cleaners stay on intake's prefix.
     */
    @Bean(destroyMethod = "close")
    ReviewLicenceObjects licenceObjects(ObjectProvider<ObjectStore> objectStores,
                                        @Value("${onewindow.intake.documents.licence-prefix:review/}") String prefix) {
        return new ReviewLicenceObjects(storage(objectStores), prefix);
    }

    @Bean
    DocumentService documentService(CommandPath<UUID, Document, DocumentEvent> documentCommands, DocumentStore store,
                                    ApplicationStore applications, ApplicationService applicationService,
                                    ObjectProvider<ObjectStore> objectStores, UploadSessions sessions,
                                    TransactionTemplate transaction, Clock clock, DocumentProperties properties,
                                    ReviewLicenceObjects licenceObjects) {
        return new DocumentService(documentCommands, store, applications, applicationService, storage(objectStores),
                sessions, transaction, clock, properties.limits(), properties.retentionRule(), licenceObjects);
    }

    @Bean
    DocumentJobs documentJobs(ObjectProvider<ObjectStore> objectStores, DocumentStore store, UploadSessions sessions,
                              JobLock lock, TransactionTemplate transaction, Clock clock, DocumentProperties properties) {
        return new DocumentJobs(storage(objectStores), store, sessions, lock, transaction, clock, properties.limits());
    }

    /** The orphan cleaner every {@code orphan-cleaner-interval}; a failed round (the store down) is logged. */
    @Bean
    ScheduledScan orphanCleaner(DocumentJobs jobs, DocumentProperties properties) {
        return ScheduledScan.named("orphan-cleaner").every(properties.orphanCleanerInterval())
                .round(() -> Math.max(0, jobs.removeOrphans())).build();
    }

    /** The draft cleaner every {@code draft-cleaner-interval}. */
    @Bean
    ScheduledScan draftCleaner(DocumentJobs jobs, DocumentProperties properties) {
        return ScheduledScan.named("draft-cleaner").every(properties.draftCleanerInterval())
                .round(() -> Math.max(0, jobs.removeDrafts())).build();
    }
}

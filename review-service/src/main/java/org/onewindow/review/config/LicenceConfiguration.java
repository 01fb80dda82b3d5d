package org.onewindow.review.config;

import java.time.Clock;

import org.onewindow.platform.commands.AccessPolicy;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.commands.CommandPaths;
import org.onewindow.platform.objectstore.ObjectStore;
import org.onewindow.review.licences.adapters.messaging.LicenceContracts;
import org.onewindow.review.licences.adapters.pdf.CjkFonts;
import org.onewindow.review.licences.adapters.pdf.LicencePdf;
import org.onewindow.review.licences.adapters.scheduling.LicenceIssuingJob;
import org.onewindow.review.licences.adapters.storage.ObjectStoreLicenceDocuments;
import org.onewindow.review.licences.application.LicenceDocuments;
import org.onewindow.review.licences.application.LicenceRegister;
import org.onewindow.review.licences.application.LicenceRenderer;
import org.onewindow.review.licences.application.LicenceService;
import org.onewindow.review.licences.domain.LicenceEvent;
import org.onewindow.review.licences.domain.RegisteredLicence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The electronic licence (电子证照): its command path, renderer, document store and issuing job. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LicenceProperties.class)
public class LicenceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LicenceConfiguration.class);

    /** The register's command path: only review itself acts on licences (decision, issuing job, supervision's events). */
    @Bean
    CommandPath<String, RegisteredLicence, LicenceEvent> licencePath(CommandPaths paths, LicenceRegister register) {
        return paths.of("licence", register, RegisteredLicence::number, new LicenceContracts(), AccessPolicy.permitAll());
    }

    /** The PDF renderer on the configured CJK font, or the bundled one; a configured file that cannot be read fails the start. */
    @Bean
    @ConditionalOnMissingBean(LicenceRenderer.class)
    LicenceRenderer licenceRenderer(LicenceProperties properties) {
        return new LicencePdf(CjkFonts.load(properties.fontFile()));
    }

    /**
     * The suite's object store (platform-objectstore, {@code onewindow.objectstore.*}). Without one configured the
     * service still decides and registers licences; their documents stay PENDING, each attempt saying why.
     */
    @Bean
    @ConditionalOnMissingBean(LicenceDocuments.class)
    LicenceDocuments licenceDocuments(ObjectProvider<ObjectStore> store) {
        ObjectStore configured = store.getIfAvailable();
        if (configured != null) {
            return new ObjectStoreLicenceDocuments(configured);
        }
        log.warn("no object store configured (onewindow.objectstore.endpoint): licence documents stay PENDING");
        return (key, pdf) -> {
            throw new LicenceDocuments.DocumentStoreUnavailable(
                    "no object store configured: set onewindow.objectstore.endpoint", null);
        };
    }

    @Bean
    LicenceService licenceService(CommandPath<String, RegisteredLicence, LicenceEvent> licencePath,
                                  LicenceRegister register, LicenceRenderer renderer, LicenceDocuments documents,
                                  Clock clock, LicenceProperties properties) {
        return new LicenceService(licencePath, register, renderer, documents, clock,
                properties.verificationBaseUrl(), properties.keyPrefix());
    }

    @Bean
    LicenceIssuingJob licenceIssuingJob(LicenceService licences, LicenceProperties properties) {
        return new LicenceIssuingJob(licences, properties.issueInterval(), properties.issuing());
    }
}

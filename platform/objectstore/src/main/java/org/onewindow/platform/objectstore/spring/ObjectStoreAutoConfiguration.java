package org.onewindow.platform.objectstore.spring;

import org.onewindow.platform.objectstore.ObjectStore;
import org.onewindow.platform.objectstore.ObjectStoreUnavailableException;
import org.onewindow.platform.objectstore.S3ObjectStore;
import org.onewindow.platform.objectstore.S3Settings;
import org.onewindow.platform.web.problems.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * An {@link ObjectStore} bean ({@link S3ObjectStore}) when {@code onewindow.objectstore.endpoint} is set, and the
 * 503 problem for {@link ObjectStoreUnavailableException} in servlet web applications.
 */
@AutoConfiguration
@EnableConfigurationProperties(ObjectStoreProperties.class)
public class ObjectStoreAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ObjectStoreAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(ObjectStore.class)
    @ConditionalOnProperty(prefix = "onewindow.objectstore", name = "endpoint")
    S3ObjectStore objectStore(ObjectStoreProperties properties, Environment environment) {
        S3ObjectStore store = S3ObjectStore.create(settings(properties, environment));
        if (properties.createBucket()) {
            try {
                store.createBucketIfMissing();
            } catch (ObjectStoreUnavailableException e) {
                // a development store that is not up yet must not keep the service down; puts fail with 503 until it is
                log.warn("object store not reachable at start, bucket {} not checked: {}", properties.bucket(),
                        e.getMessage());
            }
        }
        log.info("object store: {}", store.settings());
        return store;
    }

    static S3Settings settings(ObjectStoreProperties properties, Environment environment) {
        String prefix = properties.prefix() != null ? properties.prefix()
                : environment.getProperty("spring.application.name", "") + "/";
        return new S3Settings(properties.endpoint(), properties.region(), properties.accessKey(),
                properties.secretKey(), properties.pathStyle(), properties.bucket(), prefix, properties.encryption(),
                properties.kmsKeyId(), Math.toIntExact(properties.partSize().toBytes()), properties.connectTimeout(),
                properties.socketTimeout());
    }

    /** Services depend on this module and get the 503 mapping with it; the gateway has no object store. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(Problems.class)
    static class Problem {

        @Bean
        ObjectStoreProblemHandler objectStoreProblemHandler(ObjectStoreProperties properties) {
            return new ObjectStoreProblemHandler(properties.retryAfter());
        }
    }
}

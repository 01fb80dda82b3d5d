package org.onewindow.platform.test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.onewindow.contracts.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points one Spring context at the shared infrastructure. Properties set (test's own
 * {@code @SpringBootTest(properties = ...)} still win):
 * <ul>
 * <li>{@code spring.datasource.url|username|password}: a database created for this context only;
 * {@code spring.datasource.hikari.maximum-pool-size=3};</li>
 * <li>{@code spring.kafka.bootstrap-servers}, {@code spring.kafka.consumer.auto-offset-reset=earliest};</li>
 * <li>{@code onewindow.security.jwt.public-key-location}: {@link TestTokens#publicKeyPemLocation()};</li>
 * <li>{@code onewindow.objectstore.*}, only when asked for (a service with platform-objectstore): the JVM's
 * {@link EmbeddedObjectStore}, started then, with a bucket of this context's own ({@code onewindow-test-c<n>});</li>
 * <li>{@code onewindow.messaging.relay.poll-interval=20ms},
 * {@code onewindow.messaging.consumer-group-suffix=.c<n>} and, unless disabled,
 * {@code onewindow.topics.<stream-id>=<default-topic>.c<n>}: the context's own groups and topics.</li>
 * </ul>
 * Equal for every test class, so Spring's context cache still reuses contexts; a new database is only
 * created when a context is actually built.
 */
public class SharedInfrastructureContextCustomizer implements ContextCustomizer {

    public static final String PROPERTY_SOURCE_NAME = "onewindowSharedInfrastructure";
    private static final AtomicInteger CONTEXT_SEQUENCE = new AtomicInteger();

    private final boolean isolateTopics;

    SharedInfrastructureContextCustomizer(boolean isolateTopics) {
        this.isolateTopics = isolateTopics;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        ConfigurableEnvironment environment = context.getEnvironment();
        String contextId = "c" + CONTEXT_SEQUENCE.incrementAndGet();
        String prefix = environment.getProperty("spring.application.name", mergedConfig.getTestClass().getSimpleName());
        SharedInfrastructure.Database database = SharedInfrastructure.newDatabase(prefix);

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        properties.put("spring.datasource.hikari.maximum-pool-size", "3");
        properties.put("spring.kafka.bootstrap-servers", SharedInfrastructure.kafkaBootstrapServers());
        properties.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        properties.put("onewindow.security.jwt.public-key-location", TestTokens.publicKeyPemLocation());
        properties.put("onewindow.messaging.relay.poll-interval", "20ms");
        properties.put("onewindow.messaging.consumer-group-suffix", "." + contextId);
        properties.put("onewindow.test.context-id", contextId);
        if (isolateTopics) {
            for (Stream stream : Stream.values()) {
                properties.put("onewindow.topics." + stream.id(), stream.defaultTopic() + "." + contextId);
            }
        }
        MutablePropertySources sources = environment.getPropertySources();
        MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE_NAME, properties);
        if (sources.contains("Inlined Test Properties")) {
            sources.addAfter("Inlined Test Properties", source);
        } else {
            sources.addFirst(source);
        }
        sources.addAfter(PROPERTY_SOURCE_NAME, new ObjectStorePropertySource("onewindow-test-" + contextId));
    }

    /**
     * {@code onewindow.objectstore.*} on demand: not enumerable, so only a lookup of one of those names (the
     * object store's auto-configuration) starts the embedded store; contexts without it never pay for it.
     */
    static final class ObjectStorePropertySource extends PropertySource<String> {

        static final String NAME = "onewindowSharedObjectStore";
        private static final String PREFIX = "onewindow.objectstore.";

        ObjectStorePropertySource(String bucket) {
            super(NAME, bucket);
        }

        @Override
        public Object getProperty(String name) {
            if (!name.startsWith(PREFIX)) {
                return null;
            }
            if (!EmbeddedObjectStore.available()) {
                if (!name.equals(PREFIX + "endpoint")) {
                    return null;
                }
                throw new IllegalStateException("This context asks for " + name + " but S3Proxy is not on the test "
                        + "classpath: add org.gaul:s3proxy (test scope) to the module's pom");
            }
            return EmbeddedObjectStore.shared().properties(getSource()).get(name);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SharedInfrastructureContextCustomizer that && that.isolateTopics == isolateTopics;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(isolateTopics);
    }
}

package org.onewindow.platform.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.admin.NewTopic;
import org.flywaydb.core.Flyway;
import org.onewindow.contracts.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires the outbox, the relay, the subscriptions, dead letters, topics, metrics and health. */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
        JacksonAutoConfiguration.class, FlywayAutoConfiguration.class})
@ConditionalOnClass({KafkaProperties.class, JdbcClient.class})
@EnableConfigurationProperties({MessagingProperties.class, KafkaProperties.class})
public class MessagingAutoConfiguration {

    public static final String FLYWAY_LOCATION = "classpath:db/platform-messaging";

    @Bean
    TopicNames topicNames(Environment environment, MessagingProperties properties) {
        return new TopicNames(environment, properties);
    }

    @Bean
    MessagingKafka messagingKafka(KafkaProperties kafka, ObjectProvider<MeterRegistry> meters) {
        MessagingKafka clients = new MessagingKafka(kafka.buildProducerProperties(), kafka.buildConsumerProperties(),
                kafka.buildAdminProperties());
        meters.ifAvailable(registry -> clients.consumerFactory().addListener(new MicrometerConsumerListener<>(registry)));
        return clients;
    }

    /** Of the Kafka clients' own metrics only the consumer lag is kept (see {@link KafkaClientMeters}). */
    @Bean
    MeterFilter onewindowKafkaClientMeters() {
        return KafkaClientMeters.lagOnly();
    }

    /** Every stream's topic (its {@code Stream.topicConfigs()}) and the DLT of each local subscription. */
    @Bean
    @ConditionalOnProperty(name = "onewindow.messaging.create-topics", matchIfMissing = true)
    KafkaAdmin.NewTopics onewindowTopics(TopicNames topics, MessagingProperties properties,
                                         ObjectProvider<EventSubscription> subscriptions) {
        List<NewTopic> declared = new ArrayList<>();
        for (Stream stream : Stream.values()) {
            // compacted, or the whole history kept (retention.ms=-1): Stream.topicConfigs, the same everywhere
            declared.add(TopicBuilder.name(topics.topic(stream)).partitions(properties.getPartitions()).replicas(1)
                    .configs(stream.topicConfigs()).build());
        }
        subscriptions.orderedStream().forEach(subscription -> declared.add(
                TopicBuilder.name(topics.deadLetterTopic(subscription.group())).partitions(properties.getPartitions())
                        .replicas(1).build()));
        return new KafkaAdmin.NewTopics(declared.toArray(NewTopic[]::new));
    }

    @Bean
    @ConditionalOnClass(Flyway.class)
    FlywayConfigurationCustomizer messagingFlywayLocation() {
        return new PlatformFlywayLocation(FLYWAY_LOCATION);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(DataSource.class)
    static class Outbox {

        @Bean
        @ConditionalOnMissingBean
        EventPublisher eventPublisher(DataSource dataSource, ObjectProvider<JsonMapper> json, TopicNames topics,
                                      ObjectProvider<TraceparentSource> traceparent, ObjectProvider<Clock> clock,
                                      MessagingProperties properties, Environment environment) {
            return new OutboxEventPublisher(JdbcClient.create(dataSource), mapper(json), topics,
                    traceparent.getIfAvailable(() -> TraceparentSource.NONE),
                    clock.getIfAvailable(Clock::systemDefaultZone), source(properties, environment));
        }

        @Bean
        @ConditionalOnProperty(name = "onewindow.messaging.relay.enabled", matchIfMissing = true)
        OutboxRelay outboxRelay(DataSource dataSource, MessagingKafka kafka, MessagingProperties properties,
                                Environment environment, ObjectProvider<RelayHook> hook,
                                ObjectProvider<SubjectsChangedElsewhere> changedElsewhere) {
            return new OutboxRelay(dataSource, kafka.relayTemplate(), properties.getRelay(), source(properties, environment),
                    hook.getIfAvailable(() -> RelayHook.NONE),
                    changedElsewhere.getIfAvailable(() -> SubjectsChangedElsewhere.NONE));
        }

        @Bean
        OutboxMetrics outboxMetrics(DataSource dataSource) {
            return new OutboxMetrics(JdbcClient.create(dataSource));
        }

        @Bean
        OutboxOperations outboxOperations(DataSource dataSource) {
            return new OutboxOperations(JdbcClient.create(dataSource));
        }

        @Bean
        @ConditionalOnClass(Endpoint.class)
        OutboxEndpoint outboxEndpoint(OutboxOperations operations, ObjectProvider<OutboxRelay> relay) {
            return new OutboxEndpoint(operations, relay.getIfAvailable());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tracer.class)
    static class Tracing {

        /** Resolves the tracer per call: tracing may be configured after this module. */
        @Bean
        TraceparentSource micrometerTraceparent(ObjectProvider<Tracer> tracer) {
            return () -> {
                Tracer current = tracer.getIfAvailable();
                return current == null ? null : new MicrometerTraceparent(current).current();
            };
        }

        /** Consumed records continue their producer's trace; resolved per record, like the traceparent above. */
        @Bean
        ConsumerTracing micrometerConsumerTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
            return (record, group, work) -> {
                Tracer currentTracer = tracer.getIfAvailable();
                Propagator currentPropagator = propagator.getIfAvailable();
                if (currentTracer == null || currentPropagator == null) {
                    work.run();
                } else {
                    new MicrometerConsumerTracing(currentTracer, currentPropagator).handle(record, group, work);
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean({DataSource.class, PlatformTransactionManager.class})
    static class Consuming {

        @Bean
        SubscriptionContainers subscriptionContainers(ObjectProvider<EventSubscription> subscriptions, MessagingKafka kafka,
                                                      TopicNames topics, MessagingProperties properties,
                                                      DataSource dataSource, PlatformTransactionManager transactions,
                                                      ObjectProvider<JsonMapper> json,
                                                      ObjectProvider<MeterRegistry> meters,
                                                      ObjectProvider<ConsumerTracing> tracing) {
            return new SubscriptionContainers(subscriptions.orderedStream().toList(), kafka, topics, properties,
                    JdbcClient.create(dataSource), new TransactionTemplate(transactions), mapper(json),
                    meters.getIfAvailable(), tracing.getIfAvailable(() -> ConsumerTracing.NONE));
        }

        /** The {@code dead_letter} table; as {@link BlockedEvents} it tells a service which cases are blocked. */
        @Bean
        DeadLetterLog deadLetterLog(DataSource dataSource) {
            return new DeadLetterLog(JdbcClient.create(dataSource));
        }

        @Bean
        DeadLetters deadLetters(MessagingKafka kafka, TopicNames topics, ObjectProvider<EventSubscription> subscriptions,
                                DeadLetterLog deadLetterLog) {
            return new DeadLetters(kafka, topics, subscriptions.orderedStream().map(EventSubscription::group).toList(),
                    deadLetterLog);
        }

        @Bean
        DeadLetterMonitor deadLetterMonitor(DeadLetters deadLetters, DeadLetterLog deadLetterLog,
                                            MessagingProperties properties, ObjectProvider<MeterRegistry> meters) {
            return new DeadLetterMonitor(deadLetters, deadLetterLog, properties, meters.getIfAvailable());
        }

        @Bean
        @ConditionalOnClass(Endpoint.class)
        DeadLettersEndpoint deadLettersEndpoint(DeadLetters deadLetters, DeadLetterLog deadLetterLog,
                                                DeadLetterMonitor monitor, MessagingProperties properties) {
            return new DeadLettersEndpoint(deadLetters, deadLetterLog, monitor, properties.getDeadLetters().getListLimit());
        }

        @Bean
        InboxPruner inboxPruner(DataSource dataSource, PlatformTransactionManager transactions,
                                MessagingProperties properties, ObjectProvider<Clock> clock) {
            return new InboxPruner(JdbcClient.create(dataSource), new TransactionTemplate(transactions),
                    properties.getInbox(), clock.getIfUnique(Clock::systemUTC));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class Health {

        /** Contributes as {@code kafka}. */
        @Bean
        @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
        KafkaHealthIndicator kafkaHealthIndicator(MessagingKafka kafka) {
            return new KafkaHealthIndicator(kafka);
        }
    }

    static String source(MessagingProperties properties, Environment environment) {
        if (properties.getSource() != null && !properties.getSource().isBlank()) {
            return properties.getSource();
        }
        return "/onewindow/" + environment.getProperty("spring.application.name", "application");
    }

    private static JsonMapper mapper(ObjectProvider<JsonMapper> json) {
        return json.getIfAvailable(() -> JsonMapper.builder().build());
    }
}

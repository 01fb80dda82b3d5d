package org.onewindow.platform.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * One listener container per {@link EventSubscription}, error handling by failure kind
 * ({@link SubscriptionErrorHandler}: poison to the group's dead-letter topic at once, transient failures retried
 * without limit, others a few times), offsets stored in the service's database and sought to on assignment
 * ({@link ConsumerOffsets}), the records of a poll handled in transactions of several records ({@link InboxListener}).
 * A stop finishes the record in hand (its offset stored with its effect) and leaves the rest of the poll for the next
 * owner of the partition.
 */
public class SubscriptionContainers implements SmartLifecycle {

    private final List<ConcurrentMessageListenerContainer<String, byte[]>> containers = new ArrayList<>();
    private volatile boolean running;
    /** Set by {@link #stop()}: the listeners finish the record in hand and leave the rest of their poll. */
    private volatile boolean stopping;

    public SubscriptionContainers(List<EventSubscription> subscriptions, MessagingKafka kafka, TopicNames topics,
                                  MessagingProperties properties, JdbcClient jdbc, TransactionTemplate transactions,
                                  JsonMapper json, MeterRegistry meters) {
        this(subscriptions, kafka, topics, properties, jdbc, transactions, json, meters, ConsumerTracing.NONE);
    }

    /** @param tracing continues each record's trace while it is handled or dead-lettered */
    public SubscriptionContainers(List<EventSubscription> subscriptions, MessagingKafka kafka, TopicNames topics,
                                  MessagingProperties properties, JdbcClient jdbc, TransactionTemplate transactions,
                                  JsonMapper json, MeterRegistry meters, ConsumerTracing tracing) {
        MessagingProperties.Consumer settings = properties.getConsumer();
        DeadLetterLog deadLetterLog = new DeadLetterLog(jdbc);
        long maxPollInterval = maxPollInterval(kafka);
        for (EventSubscription subscription : subscriptions) {
            String[] topicNames = subscription.streams().stream().map(topics::topic).distinct().toArray(String[]::new);
            ConsumerOffsets offsets = new ConsumerOffsets(subscription.group(), jdbc);
            ContainerProperties containerProperties = new ContainerProperties(topicNames);
            containerProperties.setGroupId(topics.consumerGroup(subscription.group()));
            containerProperties.setClientId(clientId(kafka, subscription.group()));
            containerProperties.setMessageListener(new InboxListener(subscription, jdbc, transactions, json, tracing,
                    offsets, settings.getRecordsPerTransaction(), settings.getTransactionTimeLimit(), () -> stopping));
            // the listener acknowledges what it handled: all of a poll, or up to the record in hand when stopping
            containerProperties.setAckMode(ContainerProperties.AckMode.MANUAL_IMMEDIATE);
            containerProperties.setConsumerRebalanceListener(offsets);
            // a consumer with no records for this long stores the positions of its skipped records that waited
            // (InboxListener.onIdleContainer); polls end this often so the idle check runs
            containerProperties.setIdleEventInterval(ConsumerOffsets.SKIPPED_POSITION_DELAY.toMillis());
            containerProperties.setPollTimeout(ConsumerOffsets.SKIPPED_POSITION_DELAY.toMillis());
            // stop after the listener returns: it ends at the record in hand once `stopping` is set
            containerProperties.setStopImmediate(true);
            // our own span (ConsumerTracing) continues the CloudEvents traceparent; no second observation
            containerProperties.setObservationEnabled(false);

            Counter counter = meters == null ? null : Counter.builder("onewindow.dlt.records")
                    .description("Records sent to the dead-letter topic")
                    .tag("group", subscription.group())
                    .register(meters);
            DeadLetterRecoverer recoverer = new DeadLetterRecoverer(subscription.group(),
                    topics.deadLetterTopic(subscription.group()), kafka.template(), counter, tracing, deadLetterLog,
                    offsets, transactions);
            SubscriptionErrorHandler errorHandler = new SubscriptionErrorHandler(subscription.group(), recoverer,
                    offsets, settings, maxPollInterval, meters);

            ConcurrentMessageListenerContainer<String, byte[]> container =
                    new ConcurrentMessageListenerContainer<>(kafka.consumerFactory(), containerProperties);
            container.setConcurrency(settings.getConcurrency());
            container.setCommonErrorHandler(errorHandler);
            container.setBeanName("onewindow-subscription-" + subscription.group());
            containers.add(container);
        }
    }

    /**
     * {@code onewindow-<group>}, or {@code <client-id>-<group>} when the service names itself to Kafka
     * ({@code spring.kafka.client-id}: {@code review-2} with several instances), so the group's members say which
     * instance they are ({@code kafka-consumer-groups.sh --describe --members}; the container adds {@code -<n>}).
     */
    static String clientId(MessagingKafka kafka, String group) {
        Object instance = kafka.consumerFactory().getConfigurationProperties().get(ConsumerConfig.CLIENT_ID_CONFIG);
        return instance == null || instance.toString().isBlank() ? "onewindow-" + group : instance + "-" + group;
    }

    private static long maxPollInterval(MessagingKafka kafka) {
        Object configured = kafka.consumerFactory().getConfigurationProperties()
                .get(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG);
        return configured == null ? 300_000 : Long.parseLong(configured.toString());
    }

    @Override
    public void start() {
        stopping = false;
        containers.forEach(ConcurrentMessageListenerContainer::start);
        running = true;
    }

    /** Stops every container at once (each finishes its record in hand) and waits for all of them. */
    @Override
    public void stop() {
        stopping = true;
        CountDownLatch stopped = new CountDownLatch(containers.size());
        containers.forEach(container -> container.stop(stopped::countDown));
        try {
            // each waits for its consumer thread at most the container's shutdown timeout (10 s)
            stopped.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Start after everything else (the relay included) and stop first. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 50;
    }

    List<ConcurrentMessageListenerContainer<String, byte[]>> containers() {
        return containers;
    }
}

package org.onewindow.platform.messaging;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * One listener container per {@link EventSubscription}: bounded retries with backoff for handler failures,
 * none for {@link MalformedEventException}, then the group's dead-letter topic; the partition keeps moving.
 */
public class SubscriptionContainers implements SmartLifecycle {

    private final List<ConcurrentMessageListenerContainer<String, byte[]>> containers = new ArrayList<>();
    private volatile boolean running;

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
        for (EventSubscription subscription : subscriptions) {
            String[] topicNames = subscription.streams().stream().map(topics::topic).distinct().toArray(String[]::new);
            ContainerProperties containerProperties = new ContainerProperties(topicNames);
            containerProperties.setGroupId(topics.consumerGroup(subscription.group()));
            containerProperties.setClientId("onewindow-" + subscription.group());
            containerProperties.setMessageListener(new InboxListener(subscription, jdbc, transactions, json, tracing));
            // our own span (ConsumerTracing) continues the CloudEvents traceparent; no second observation
            containerProperties.setObservationEnabled(false);

            Counter counter = meters == null ? null : Counter.builder("onewindow.dlt.records")
                    .description("Records sent to the dead-letter topic")
                    .tag("group", subscription.group())
                    .register(meters);
            DeadLetterRecoverer recoverer = new DeadLetterRecoverer(subscription.group(),
                    topics.deadLetterTopic(subscription.group()), kafka.template(), counter, tracing);
            DefaultErrorHandler errorHandler = new DefaultErrorHandler(recoverer,
                    new FixedBackOff(settings.getBackoff().toMillis(), Math.max(0, settings.getAttempts() - 1)));
            errorHandler.addNotRetryableExceptions(MalformedEventException.class);

            ConcurrentMessageListenerContainer<String, byte[]> container =
                    new ConcurrentMessageListenerContainer<>(kafka.consumerFactory(), containerProperties);
            container.setConcurrency(settings.getConcurrency());
            container.setCommonErrorHandler(errorHandler);
            container.setBeanName("onewindow-subscription-" + subscription.group());
            containers.add(container);
        }
    }

    @Override
    public void start() {
        containers.forEach(ConcurrentMessageListenerContainer::start);
        running = true;
    }

    @Override
    public void stop() {
        containers.forEach(ConcurrentMessageListenerContainer::stop);
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

package org.onewindow.platform.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.onewindow.platform.kernel.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The error handling of one subscription, by {@link HandlerFailure}: poison goes to the dead-letter topic at once,
 * an unknown failure after {@code consumer.attempts} deliveries {@code consumer.backoff} apart, a transient failure
 * is retried without limit with a doubling wait (from {@code consumer.transient-backoff} up to
 * {@code consumer.transient-max-backoff}) and never dead-lettered. Each wait is spring-kafka's stoppable sleep
 * between two polls: it ends as soon as the container stops, and it stays far below {@code max.poll.interval.ms},
 * so a long outage neither blocks shutdown nor gets the consumer thrown out of its group.
 *
 * <p>A {@link ConsumerOffsets.Rewind} (the database lost recent commits) is not a failure: the partition is sought
 * back to the stored position, the other partitions of the poll to their first unprocessed record.
 */
class SubscriptionErrorHandler extends DefaultErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionErrorHandler.class);
    private static final BackOff NO_RETRIES = new FixedBackOff(0, 0);

    private final ConsumerOffsets offsets;

    SubscriptionErrorHandler(String group, DeadLetterRecoverer recoverer, ConsumerOffsets offsets,
                             MessagingProperties.Consumer settings, long maxPollIntervalMillis, MeterRegistry meters) {
        this(group, recoverer, offsets, transientBackOff(settings, maxPollIntervalMillis),
                new FixedBackOff(settings.getBackoff().toMillis(), Math.max(0, settings.getAttempts() - 1)), meters);
    }

    private SubscriptionErrorHandler(String group, DeadLetterRecoverer recoverer, ConsumerOffsets offsets,
                                     BackOff transientBackOff, BackOff bounded, MeterRegistry meters) {
        // the default back-off must allow retries: spring-kafka skips the back-off function when it does not
        super(recoverer, transientBackOff);
        this.offsets = offsets;
        setBackOffFunction((record, failure) -> switch (HandlerFailure.of(failure)) {
            case TRANSIENT -> transientBackOff;
            case POISON -> NO_RETRIES;
            case UNKNOWN -> bounded;
        });
        addNotRetryableExceptions(MalformedEventException.class);
        setRetryListeners(new RetryLog(group, meters));
        // RetryLog and DeadLetterRecoverer say what happened; spring-kafka would add an ERROR with a stack trace
        // ("Seek to current after exception") for every failure in a poll of several records
        setLogLevel(KafkaException.Level.DEBUG);
    }

    static ExponentialBackOff transientBackOff(MessagingProperties.Consumer settings, long maxPollIntervalMillis) {
        // a wait plus one attempt (a connection timeout) must fit well within max.poll.interval.ms
        long cap = Math.min(settings.getTransientMaxBackoff().toMillis(), Math.max(1_000, maxPollIntervalMillis / 4));
        if (cap < settings.getTransientMaxBackoff().toMillis()) {
            log.warn("onewindow.messaging.consumer.transient-max-backoff {} ms lowered to {} ms (a quarter of "
                    + "max.poll.interval.ms)", settings.getTransientMaxBackoff().toMillis(), cap);
        }
        ExponentialBackOff backOff = new ExponentialBackOff(Math.min(settings.getTransientBackoff().toMillis(), cap), 2.0);
        backOff.setMaxInterval(cap);
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        backOff.setMaxAttempts(Long.MAX_VALUE);
        return backOff;
    }

    /**
     * A failure the listener reports with its record's index ({@link InboxListener}): the records before it are
     * handled. A {@link ConsumerOffsets.Rewind} seeks that partition back to its stored position and the other
     * partitions to their first record not handled; anything else goes to the default handling (retry or recover).
     */
    @Override
    public void handleBatch(Exception thrown, ConsumerRecords<?, ?> data, Consumer<?, ?> consumer,
                            MessageListenerContainer container, Runnable invokeListener) {
        ConsumerOffsets.Rewind rewind = ConsumerOffsets.Rewind.in(thrown);
        BatchListenerFailedException failed = HandlerFailure.find(thrown, BatchListenerFailedException.class);
        if (rewind == null || failed == null) {
            super.handleBatch(thrown, data, consumer, container, invokeListener);
            return;
        }
        Map<TopicPartition, Long> seeks = new LinkedHashMap<>();
        int index = 0;
        for (ConsumerRecord<?, ?> record : data) {
            if (index++ >= failed.getIndex()) {
                seeks.putIfAbsent(new TopicPartition(record.topic(), record.partition()), record.offset());
            }
        }
        seeks.put(rewind.partition, rewind.offset);
        seeks.forEach(consumer::seek);
        offsets.soughtTo(rewind.partition, rewind.offset);
        log.warn("{}", rewind.getMessage());
    }

    /** Logs retries without flooding (first attempt, then every doubling) and counts them by kind. */
    private record RetryLog(String group, MeterRegistry meters) implements RetryListener {

        @Override
        public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int deliveryAttempt) {
            HandlerFailure kind = HandlerFailure.of(failure);
            if (meters != null) {
                meters.counter("onewindow.consumer.failures", "group", group, "kind", kind.name().toLowerCase())
                        .increment();
            }
            if (Integer.bitCount(deliveryAttempt) == 1) {
                Throwable cause = HandlerFailure.cause(failure);
                log.warn("Group {}: {} failure #{} at {}-{}@{}: {}", group, kind, deliveryAttempt, record.topic(),
                        record.partition(), record.offset(), PersonalData.maskText(String.valueOf(cause)));
            }
        }
    }
}

package org.onewindow.platform.messaging;

import io.micrometer.core.instrument.Counter;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.onewindow.platform.kernel.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Publishes a record that cannot be handled to its group's dead-letter topic (original headers plus
 * spring-kafka's {@code kafka_dlt-*} headers), counts it and logs it without personal data.
 */
class DeadLetterRecoverer implements ConsumerAwareRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRecoverer.class);

    private final String group;
    private final DeadLetterPublishingRecoverer publisher;
    private final Counter counter;
    private final ConsumerTracing tracing;

    DeadLetterRecoverer(String group, String deadLetterTopic, KafkaOperations<String, byte[]> kafka, Counter counter,
                        ConsumerTracing tracing) {
        this.group = group;
        this.tracing = tracing;
        // partition -1: the producer picks it from the key, so a case's dead letters stay together
        this.publisher = new DeadLetterPublishingRecoverer(kafka, (record, e) -> new TopicPartition(deadLetterTopic, -1));
        this.publisher.setFailIfSendResultIsError(true);
        this.counter = counter;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
        // the warning belongs to the trace of the request that caused the event
        tracing.handle(record, group, () -> deadLetter(record, consumer, exception));
    }

    private void deadLetter(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
        publisher.accept(record, consumer, exception);
        if (counter != null) {
            counter.increment();
        }
        Throwable cause = exception.getCause() != null ? exception.getCause() : exception;
        log.warn("Group {} dead-lettered {}-{}@{} (ce_id {}): {}", group, record.topic(), record.partition(),
                record.offset(), CloudEventHeaders.text(record.headers(), CloudEventHeaders.ID),
                PersonalData.maskText(String.valueOf(cause.getMessage())));
    }
}

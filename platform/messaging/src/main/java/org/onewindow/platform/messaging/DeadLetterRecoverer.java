package org.onewindow.platform.messaging;

import io.micrometer.core.instrument.Counter;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.onewindow.platform.kernel.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes a record that cannot be handled to its group's dead-letter topic (original headers plus
 * spring-kafka's {@code kafka_dlt-*} headers), then, in one transaction, records it in {@code dead_letter} (its
 * key is blocked until an operator resolves it) and stores the group's offset past it; counts it and logs it
 * without personal data. If the database write fails the recovery fails and the record is delivered again, so it
 * may reach the topic twice but is recorded once.
 */
class DeadLetterRecoverer implements ConsumerAwareRecordRecoverer {

    private static final Logger logger = LoggerFactory.getLogger(DeadLetterRecoverer.class);

    private final String group;
    private final DeadLetterPublishingRecoverer publisher;
    private final Counter counter;
    private final ConsumerTracing tracing;
    private final DeadLetterLog deadLetterLog;
    private final ConsumerOffsets offsets;
    private final TransactionTemplate transactions;

    DeadLetterRecoverer(String group, String deadLetterTopic, KafkaOperations<String, byte[]> kafka, Counter counter,
                        ConsumerTracing tracing, DeadLetterLog deadLetterLog, ConsumerOffsets offsets,
                        TransactionTemplate transactions) {
        this.group = group;
        this.tracing = tracing;
        this.deadLetterLog = deadLetterLog;
        this.offsets = offsets;
        this.transactions = transactions;
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
        Throwable cause = HandlerFailure.cause(exception);
        if (cause instanceof DataAccessException access) {
            // PostgreSQL's own message, not Spring's with the SQL statement in it
            cause = access.getMostSpecificCause();
        }
        String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        transactions.executeWithoutResult(status -> {
            deadLetterLog.record(group, record, reason);
            offsets.store(record);
        });
        offsets.committed(record);
        if (counter != null) {
            counter.increment();
        }
        logger.warn("Group {} dead-lettered {}-{}@{} (ce_id {}): {}", group, record.topic(), record.partition(),
                record.offset(), CloudEventHeaders.text(record.headers(), CloudEventHeaders.ID),
                PersonalData.maskText(reason));
    }
}

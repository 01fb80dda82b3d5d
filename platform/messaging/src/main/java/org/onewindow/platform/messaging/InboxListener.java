package org.onewindow.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.onewindow.contracts.DomainEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The listener of one subscription. Each record gets one transaction: its stored offset is checked and advanced
 * ({@link ConsumerOffsets}), the envelope is checked, a type without route is skipped (only the offset commits),
 * the JSON is bound to the registered record, and the handler runs with the inbox row
 * ({@code INSERT ... ON CONFLICT DO NOTHING}); when the row already existed the event was handled before and the
 * handler is not called. All of it runs in the trace of the
 * record's {@code traceparent} ({@link ConsumerTracing}).
 *
 * <p>A well-formed record of a type without route whose position may wait ({@link ConsumerOffsets#deferSkipped})
 * is skipped without a transaction; when the consumer goes idle, the positions that waited are stored.
 */
class InboxListener implements MessageListener<String, byte[]>, ConsumerSeekAware {

    private static final Logger log = LoggerFactory.getLogger(InboxListener.class);

    private final EventSubscription subscription;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final ConsumerTracing tracing;
    private final ConsumerOffsets offsets;

    InboxListener(EventSubscription subscription, JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json,
                  ConsumerTracing tracing, ConsumerOffsets offsets) {
        this.subscription = subscription;
        this.offsets = offsets;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.tracing = tracing;
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        tracing.handle(record, subscription.group(), () -> receive(record));
    }

    private void receive(ConsumerRecord<String, byte[]> record) {
        CloudEventHeaders.Envelope envelope;
        try {
            envelope = CloudEventHeaders.read(record.headers());
        } catch (MalformedEventException malformed) {
            // like any record, in a transaction that checks the stored offset first; then the dead-letter topic
            transactions.executeWithoutResult(status -> {
                offsets.advance(record);
                throw malformed;
            });
            return;
        }
        EventSubscription.Route<?> route = subscription.route(envelope.type());
        if (route == null && offsets.deferSkipped(record)) {
            skipped(envelope, record);
            return;
        }
        transactions.executeWithoutResult(status -> {
            // first: a database that lost recent commits makes this throw and the consumer seeks back
            offsets.advance(record);
            if (route == null) {
                skipped(envelope, record);
            } else {
                handle(route, envelope, record);
            }
        });
        offsets.committed(record);
    }

    private void skipped(CloudEventHeaders.Envelope envelope, ConsumerRecord<String, byte[]> record) {
        log.debug("Group {} skips {} at {}-{}@{}", subscription.group(), envelope.type(), record.topic(),
                record.partition(), record.offset());
    }

    /** No record for a while (the container's idle interval): stores the positions of skips that waited. */
    @Override
    public void onIdleContainer(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        storeWaitingPositions(assignments.keySet(), (partition, offset) ->
                callback.seek(partition.topic(), partition.partition(), offset));
    }

    /**
     * On the consumer's thread: stores the positions of the partitions' skipped records that waited. A database
     * that lost commits meanwhile makes the partition seek back (through {@code seek}) instead.
     */
    void storeWaitingPositions(Collection<TopicPartition> partitions, BiConsumer<TopicPartition, Long> seek) {
        for (ConsumerRecord<?, ?> skipped : offsets.unstored(partitions)) {
            try {
                transactions.executeWithoutResult(status -> offsets.advance(skipped));
                offsets.committed(skipped);
            } catch (RuntimeException e) {
                ConsumerOffsets.Rewind rewind = ConsumerOffsets.Rewind.in(e);
                if (rewind == null) {
                    // still waiting: the next idle round or the partition's next stored record tries again
                    log.warn("Group {} cannot store its position after {}-{}@{}: {}", subscription.group(),
                            skipped.topic(), skipped.partition(), skipped.offset(), e.toString());
                } else {
                    log.warn(rewind.getMessage());
                    seek.accept(rewind.partition, rewind.offset);
                    offsets.soughtTo(rewind.partition, rewind.offset);
                }
            }
        }
    }

    /** In the record's transaction, with its stored offset: the inbox row and the handler's effect. */
    private <T> void handle(EventSubscription.Route<T> route, CloudEventHeaders.Envelope envelope,
                            ConsumerRecord<String, byte[]> record) {
        T data = bind(route.eventClass(), envelope, record);
        IncomingEvent<T> event = new IncomingEvent<>(envelope.id(), envelope.type(), envelope.source(),
                envelope.subject(), envelope.time(), envelope.traceparent(), data, record.topic(), record.partition(),
                record.offset());
        int inserted = jdbc.sql("""
                        insert into inbox (consumer_group, event_id) values (?, ?)
                        on conflict do nothing""")
                .params(subscription.group(), envelope.id())
                .update();
        if (inserted == 0) {
            log.debug("Group {} already handled {} ({})", subscription.group(), envelope.id(), envelope.type());
            return;
        }
        try {
            route.handler().handle(data, event);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new HandlerFailedException(e);
        }
    }

    private <T> T bind(Class<T> type, CloudEventHeaders.Envelope envelope, ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            throw new MalformedEventException("record has no value (" + envelope.type() + ")");
        }
        T data;
        try {
            data = json.readValue(new String(record.value(), StandardCharsets.UTF_8), type);
        } catch (JacksonException e) {
            throw new MalformedEventException("data does not bind to " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
        if (data == null) {
            throw new MalformedEventException("data is JSON null (" + envelope.type() + ")");
        }
        if (data instanceof DomainEvent event) {
            if (event.subject() == null) {
                throw new MalformedEventException(type.getSimpleName() + " has no subject");
            }
            if (envelope.subject() != null && !envelope.subject().equals(event.subject())) {
                throw new MalformedEventException(CloudEventHeaders.SUBJECT + " does not match the data's subject");
            }
        }
        return data;
    }

    /** A checked exception thrown by a handler. */
    static final class HandlerFailedException extends RuntimeException {
        HandlerFailedException(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }
}

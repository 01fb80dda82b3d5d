package org.onewindow.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.onewindow.contracts.DomainEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.BatchAcknowledgingMessageListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The listener of one subscription. The records of a poll are handled in transactions of up to
 * {@code consumer.records-per-transaction} records (fewer when the transaction has run for
 * {@code consumer.transaction-time-limit}), in their order (so per key, as published). In the transaction,
 * a partition's first record checks the stored offset ({@link ConsumerOffsets#advance}: a database that lost commits
 * makes the consumer seek back), each record's envelope is checked, a type without route is skipped, the JSON is
 * bound to the registered record, and the handler runs with the inbox row ({@code INSERT ... ON CONFLICT DO
 * NOTHING}); when the row already existed the event was handled before and the handler is not called. Last, each
 * partition's position after its last record is stored. Each record's handling runs in the trace of its
 * {@code traceparent} ({@link ConsumerTracing}).
 *
 * <p>One transaction for several records saves a commit (a WAL flush), the transaction's bookkeeping and the offset
 * statements per record. When a record fails, the transaction rolls back as a whole; the records before it are
 * handled again in one transaction, and it goes to the error handler with its index in the poll
 * ({@link BatchListenerFailedException}): retried or dead-lettered, the rest of the poll delivered again. Its
 * handler runs once per delivery. A failure no record can be blamed for (the commit's) makes each record of the
 * transaction run alone. A record with a malformed envelope is always handled alone, so its offset check comes
 * before it is dead-lettered.
 *
 * <p>A skipped record's position waits when its partition's position was stored recently
 * ({@link ConsumerOffsets#deferSkipped}): a poll of such skips takes no transaction at all, and when the consumer
 * goes idle, the positions that waited are stored.
 *
 * <p>A stop finishes the record in hand and its transaction, acknowledges what was handled and leaves the rest of
 * the poll to the next owner of the partitions.
 */
class InboxListener implements BatchAcknowledgingMessageListener<String, byte[]>, ConsumerSeekAware {

    private static final Logger log = LoggerFactory.getLogger(InboxListener.class);

    private final EventSubscription subscription;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final ConsumerTracing tracing;
    private final ConsumerOffsets offsets;
    private final int recordsPerTransaction;
    private final long transactionTimeLimitNanos;
    private final BooleanSupplier stopping;

    /**
     * @param recordsPerTransaction most records in one transaction (at least 1: {@link MessagingProperties} checks)
     * @param transactionTimeLimit  a transaction takes no further record after this long, so the rows it locked
     *                              (cases that HTTP commands may be waiting for) are not held long on a slow database
     * @param stopping              true once the consumer is to stop after the record in hand
     */
    InboxListener(EventSubscription subscription, JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json,
                  ConsumerTracing tracing, ConsumerOffsets offsets, int recordsPerTransaction,
                  Duration transactionTimeLimit, BooleanSupplier stopping) {
        this.transactionTimeLimitNanos = transactionTimeLimit.toNanos();
        this.subscription = subscription;
        this.offsets = offsets;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.tracing = tracing;
        this.recordsPerTransaction = recordsPerTransaction;
        this.stopping = stopping;
    }

    @Override
    public void onMessage(List<ConsumerRecord<String, byte[]>> records, Acknowledgment acknowledgment) {
        int done = 0;
        while (done < records.size()) {
            done += handle(records.subList(done, Math.min(records.size(), done + recordsPerTransaction)), done);
            if (done < records.size() && stopping.getAsBoolean()) {
                if (acknowledgment != null) {
                    acknowledgment.acknowledge(done - 1);
                }
                return;
            }
        }
        if (acknowledgment != null) {
            acknowledgment.acknowledge();
        }
    }

    /**
     * Handles records that follow each other in the poll, {@code first} the index of the first.
     *
     * @return how many were handled from the first on (fewer than all when the consumer stops or a malformed
     *         record follows)
     * @throws BatchListenerFailedException when one fails, with its index in the poll, after the ones before it
     */
    private int handle(List<ConsumerRecord<String, byte[]>> records, int first) {
        if (records.size() == 1) {
            return alone(records.getFirst(), first);
        }
        try {
            int handled = together(records);
            // none: the first one's envelope is malformed
            return handled > 0 ? handled : alone(records.getFirst(), first);
        } catch (RecordFailed failed) {
            // rolled back: the records before it again, then the failure for the error handler
            int handled = failed.index == 0 ? 0 : handle(records.subList(0, failed.index), first);
            if (handled < failed.index) {
                // a stop, or the time limit ended that transaction early: the caller goes on from there
                return handled;
            }
            throw new BatchListenerFailedException(String.valueOf(failed.getCause().getMessage()), failed.getCause(),
                    first + failed.index);
        } catch (RuntimeException e) {
            // not one record's failure (the commit, the connection): one transaction each finds out
            log.debug("Group {}: a transaction of {} records failed ({}); one transaction each", subscription.group(),
                    records.size(), e.toString());
            for (int i = 0; i < records.size(); i++) {
                if (i > 0 && stopping.getAsBoolean()) {
                    return i;
                }
                alone(records.get(i), first + i);
            }
            return records.size();
        }
    }

    /** The record at {@code index} of the poll in its own transaction; its failure is thrown with that index. */
    private int alone(ConsumerRecord<String, byte[]> record, int index) {
        try {
            tracing.handle(record, subscription.group(), () -> receive(record));
            return 1;
        } catch (RuntimeException e) {
            throw new BatchListenerFailedException(String.valueOf(e.getMessage()), e, index);
        }
    }

    /** A record, its place among the records handled together, its envelope and its route (null: skipped). */
    private record Incoming(int index, ConsumerRecord<String, byte[]> record, CloudEventHeaders.Envelope envelope,
                            EventSubscription.Route<?> route) {

        TopicPartition partition() {
            return new TopicPartition(record.topic(), record.partition());
        }
    }

    /** The record at {@code index} failed; the transaction rolled back. */
    private static final class RecordFailed extends RuntimeException {
        final int index;

        RecordFailed(int index, RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
            this.index = index;
        }
    }

    /** What one transaction did: how many records it took, whose positions it stored, which skips wait. */
    private record Handled(int count, List<ConsumerRecord<?, ?>> stored, List<ConsumerRecord<?, ?>> waiting) {
    }

    /**
     * The records in one transaction, up to the first with a malformed envelope (which the next call gets alone),
     * or in none when they are all skips that may wait; a stop ends the transaction after the record in hand.
     *
     * @return how many records were handled
     * @throws RecordFailed when a record fails
     */
    private int together(List<ConsumerRecord<String, byte[]>> records) {
        List<Incoming> incoming = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            CloudEventHeaders.Envelope envelope;
            try {
                envelope = CloudEventHeaders.read(record.headers());
            } catch (MalformedEventException malformed) {
                break;
            }
            incoming.add(new Incoming(incoming.size(), record, envelope, subscription.route(envelope.type())));
        }
        Handled handled;
        if (incoming.isEmpty()) {
            return 0;
        } else if (incoming.stream().allMatch(in -> in.route() == null && offsets.mayWait(in.record()))) {
            incoming.forEach(in -> skipped(in.envelope(), in.record()));
            handled = new Handled(incoming.size(), List.of(),
                    incoming.stream().<ConsumerRecord<?, ?>>map(Incoming::record).toList());
        } else {
            handled = transactions.execute(status -> inOrder(incoming));
        }
        handled.stored().forEach(offsets::committed);
        handled.waiting().forEach(offsets::waiting);
        return handled.count();
    }

    private Handled inOrder(List<Incoming> incoming) {
        long started = System.nanoTime();
        // per partition: the record whose offset check this transaction made (its first handled one), and its last
        Map<TopicPartition, ConsumerRecord<?, ?>> checked = new HashMap<>();
        Map<TopicPartition, Incoming> last = new LinkedHashMap<>();
        int count = 0;
        for (Incoming in : incoming) {
            count++;
            last.put(in.partition(), in);
            if (in.route() == null) {
                skipped(in.envelope(), in.record());
                continue;
            }
            try {
                tracing.handle(in.record(), subscription.group(), () -> {
                    // a partition's first record checks the stored position (a database that lost recent commits
                    // makes this throw and the consumer seeks back); one check per transaction is enough
                    if (checked.putIfAbsent(in.partition(), in.record()) == null) {
                        offsets.advance(in.record());
                    }
                    handle(in.route(), in.envelope(), in.record());
                });
            } catch (RuntimeException e) {
                throw new RecordFailed(in.index(), e);
            }
            if (stopping.getAsBoolean() || System.nanoTime() - started >= transactionTimeLimitNanos) {
                break;
            }
        }
        // then each partition's position after its last record, once
        List<ConsumerRecord<?, ?>> stored = new ArrayList<>();
        List<ConsumerRecord<?, ?>> waiting = new ArrayList<>();
        for (Incoming in : last.values()) {
            ConsumerRecord<?, ?> first = checked.get(in.partition());
            if (first == in.record()) {
                stored.add(first);
            } else if (first != null) {
                offsets.store(in.record());
                stored.add(in.record());
            } else if (offsets.mayWait(in.record())) {
                waiting.add(in.record());
            } else {
                try {
                    offsets.advance(in.record());
                } catch (RuntimeException e) {
                    throw new RecordFailed(in.index(), e);
                }
                stored.add(in.record());
            }
        }
        return new Handled(count, stored, waiting);
    }

    /** One record in its own transaction (or none, for a skip that may wait). */
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

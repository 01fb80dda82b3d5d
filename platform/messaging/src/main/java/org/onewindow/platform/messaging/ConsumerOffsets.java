package org.onewindow.platform.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

/**
 * The Kafka positions of one subscription group, kept in the service's database ({@code consumer_offset}) in the
 * transaction of each record's effect, so they can never be ahead of what the database holds.
 *
 * <p>On assignment the consumer seeks to the stored position; a partition without a row keeps Kafka's committed
 * offset (or the reset policy) and gets a row at that position at once, so upgrading a running service replays
 * nothing and a later restore has a position to go back to.
 *
 * <p>While running, every record first compares the stored position with where this consumer has been: when the
 * database says less than what this consumer itself stored (it lost recent commits: no fsync, an asynchronous
 * failover, a restore), the transaction throws {@link Rewind} and the error handler seeks back to the stored
 * position, so the lost records are delivered and handled again. Offsets a compacted topic no longer holds are
 * not mistaken for a loss: a gap is accepted when this consumer was positioned at or before the stored offset.
 *
 * <p>A record the group skips (no route for its type: most records a group reads) needs no transaction of its
 * own while the partition's position was stored less than {@link #SKIPPED_POSITION_DELAY} ago: its position waits
 * ({@link #deferSkipped}) for the partition's next stored record, for a later skip past that delay, or for the
 * consumer to go idle ({@link #unstored}). So a stored position is at most about that delay behind the records
 * consumed (what monitor's read-model progress relies on), and a restart replays at most the skips of about that
 * long, each skipped again. Such a gap is not a loss: this consumer's known position stays where it last stored.
 */
class ConsumerOffsets implements ConsumerAwareRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(ConsumerOffsets.class);
    /** Stores the position after a record, never moving it back. */
    private static final String STORE = """
            insert into consumer_offset (consumer_group, topic, kafka_partition, next_offset)
            values (:group, :topic, :partition, :next)
            on conflict (consumer_group, topic, kafka_partition) do update
            set next_offset = greatest(consumer_offset.next_offset, excluded.next_offset), updated_at = now()""";

    /** How long a skipped record's position may wait before it is stored. */
    static final Duration SKIPPED_POSITION_DELAY = Duration.ofSeconds(1);

    private final String group;
    private final JdbcClient jdbc;
    private final LongSupplier nanoTime;
    /** Per owned partition: the offset this consumer fetches from next, as far as it knows (null: unknown). */
    private final Map<TopicPartition, Long> expected = new ConcurrentHashMap<>();
    /** Per owned partition: when this consumer last stored its position or learnt it from the database. */
    private final Map<TopicPartition, Long> storedAt = new ConcurrentHashMap<>();
    /** Per owned partition: the last skipped record whose position is not stored yet. */
    private final Map<TopicPartition, ConsumerRecord<?, ?>> unstored = new ConcurrentHashMap<>();

    ConsumerOffsets(String group, JdbcClient jdbc) {
        this(group, jdbc, System::nanoTime);
    }

    ConsumerOffsets(String group, JdbcClient jdbc, LongSupplier nanoTime) {
        this.group = group;
        this.jdbc = jdbc;
        this.nanoTime = nanoTime;
    }

    /** Asks the error handler to seek a partition back to the position the database holds. */
    static final class Rewind extends RuntimeException {
        final TopicPartition partition;
        final long offset;

        Rewind(TopicPartition partition, long offset, long at) {
            super("stored position " + offset + " of " + partition + " is behind this consumer (at " + at
                    + "): the database lost recent commits; seeking back");
            this.partition = partition;
            this.offset = offset;
        }

        static Rewind in(Throwable failure) {
            return HandlerFailure.find(failure, Rewind.class);
        }
    }

    /**
     * In the record's transaction: checks the stored position (throws {@link Rewind} when the database lost
     * commits) and stores the position after the record. When several records of a partition share a transaction,
     * the first one's check is enough: the later ones are {@link #store}d.
     */
    void advance(ConsumerRecord<?, ?> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        // one round trip per record: the position stored before (the statement's snapshot) and the new one stored;
        // a Rewind rolls the store back with the rest of the record's transaction
        Long stored = jdbc.sql("""
                        with before as (
                            select next_offset from consumer_offset
                            where consumer_group = :group and topic = :topic and kafka_partition = :partition),
                        stored as (""" + STORE + """
                        )
                        select (select next_offset from before)""")
                .params(positionAfter(record))
                .query(Long.class).optional().orElse(null);
        Long at = expected.get(partition);
        if (stored != null && stored < record.offset() && (at == null || at > stored)) {
            throw new Rewind(partition, stored, at == null ? record.offset() : at);
        }
    }

    /** Stores the position after a record (never moving it back); in the caller's transaction. */
    void store(ConsumerRecord<?, ?> record) {
        jdbc.sql(STORE).params(positionAfter(record)).update();
    }

    private Map<String, Object> positionAfter(ConsumerRecord<?, ?> record) {
        return Map.of("group", group, "topic", record.topic(), "partition", record.partition(),
                "next", record.offset() + 1);
    }

    /**
     * A record the group has no route for: true when its position may wait (it was noted as unstored), false when
     * it is to be stored now, in a transaction like any other record's (the position is unknown, or was last stored
     * {@link #SKIPPED_POSITION_DELAY} ago or more).
     */
    boolean deferSkipped(ConsumerRecord<?, ?> record) {
        if (!mayWait(record)) {
            return false;
        }
        waiting(record);
        return true;
    }

    /** Whether a skipped record's position may wait (see {@link #deferSkipped}); changes nothing. */
    boolean mayWait(ConsumerRecord<?, ?> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        Long at = storedAt.get(partition);
        return expected.containsKey(partition) && at != null
                && nanoTime.getAsLong() - at < SKIPPED_POSITION_DELAY.toNanos();
    }

    /**
     * Notes a skipped record whose position waits. Only for a record whose partition's earlier records are all
     * handled: the position noted here is stored later without another check.
     */
    void waiting(ConsumerRecord<?, ?> record) {
        unstored.put(new TopicPartition(record.topic(), record.partition()), record);
    }

    /** The last skipped record of each of these partitions whose position is not stored yet. */
    List<ConsumerRecord<?, ?>> unstored(Collection<TopicPartition> partitions) {
        return partitions.stream().<ConsumerRecord<?, ?>>map(unstored::get).filter(Objects::nonNull).toList();
    }

    /** After the record's transaction committed: this consumer now fetches from the next offset. */
    void committed(ConsumerRecord<?, ?> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        expected.put(partition, record.offset() + 1);
        storedAt.put(partition, nanoTime.getAsLong());
        unstored.remove(partition);
    }

    /** The error handler sought the partition back to {@code offset}. */
    void soughtTo(TopicPartition partition, long offset) {
        expected.put(partition, offset);
        unstored.remove(partition);
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        forget(partitions);
        if (partitions.isEmpty()) {
            return;
        }
        try {
            Map<TopicPartition, Long> stored = load(partitions);
            List<TopicPartition> seeded = new ArrayList<>();
            for (TopicPartition partition : partitions) {
                Long position = stored.get(partition);
                if (position != null) {
                    consumer.seek(partition, position);
                } else {
                    // no row yet (new group, or a service upgraded to stored offsets): Kafka's position, recorded
                    position = consumer.position(partition);
                    seed(partition, position);
                    seeded.add(partition);
                }
                expected.put(partition, position);
                storedAt.put(partition, nanoTime.getAsLong());
            }
            log.info("Group {} starts {} from its stored offsets{}", group, stored.keySet(),
                    seeded.isEmpty() ? "" : ", " + seeded + " from Kafka's");
        } catch (RuntimeException e) {
            // the first record of each partition compares with the database and seeks back if needed
            forget(partitions);
            log.warn("Group {} cannot read its stored offsets for {} ({}); Kafka's positions until it can",
                    group, partitions, e.toString());
        }
    }

    @Override
    public void onPartitionsRevokedAfterCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        forget(partitions);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        forget(partitions);
    }

    /** A partition this consumer no longer owns: the next owner replays its unstored skips, skipping them again. */
    private void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(expected::remove);
        partitions.forEach(storedAt::remove);
        partitions.forEach(unstored::remove);
    }

    private Map<TopicPartition, Long> load(Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> stored = new HashMap<>();
        jdbc.sql("select topic, kafka_partition, next_offset from consumer_offset where consumer_group = ?")
                .param(group)
                .query((rs, n) -> {
                    TopicPartition partition = new TopicPartition(rs.getString(1), rs.getInt(2));
                    if (partitions.contains(partition)) {
                        stored.put(partition, rs.getLong(3));
                    }
                    return null;
                }).list();
        return stored;
    }

    private void seed(TopicPartition partition, long position) {
        jdbc.sql("""
                        insert into consumer_offset (consumer_group, topic, kafka_partition, next_offset)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(group, partition.topic(), partition.partition(), position)
                .update();
    }
}

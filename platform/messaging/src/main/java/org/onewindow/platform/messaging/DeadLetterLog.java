package org.onewindow.platform.messaging;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.platform.kernel.BlockedEvent;
import org.onewindow.platform.kernel.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code dead_letter} table: one row per record a consumer of this service dead-lettered, written with the
 * group's stored offset after the record reached the dead-letter topic, and the operator's resolution (replayed
 * after a fix, or discarded with a reason). Unresolved rows block their key ({@link BlockedEvents}).
 */
public class DeadLetterLog implements BlockedEvents {

    static final int MAX_REASON = 2_000;
    static final int MAX_TEXT = 500;

    /** An unresolved dead letter as the ops view lists it. */
    public record Unresolved(long id, String group, String key, String eventId, String type, String reason,
                             Instant since, String topic, int partition, long offset) {
    }

    /** How a dead letter was resolved. */
    public enum Resolution { REPLAYED, DISCARDED }

    private final JdbcClient jdbc;

    public DeadLetterLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In the caller's transaction; a second call for the same record (a retried recovery) changes nothing. */
    void record(String group, ConsumerRecord<?, ?> record, String reason) {
        jdbc.sql("""
                        insert into dead_letter (consumer_group, topic, kafka_partition, kafka_offset, record_key,
                                                 event_id, ce_type, reason)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (consumer_group, topic, kafka_partition, kafka_offset) do nothing""")
                .params(group, record.topic(), record.partition(), record.offset(),
                        text(record.key() == null ? null : record.key().toString(), MAX_TEXT),
                        text(CloudEventHeaders.text(record.headers(), CloudEventHeaders.ID), MAX_TEXT),
                        text(CloudEventHeaders.text(record.headers(), CloudEventHeaders.TYPE), MAX_TEXT),
                        text(PersonalData.maskText(reason == null ? "(no message)" : reason), MAX_REASON))
                .update();
    }

    @Override
    public List<BlockedEvent> blocking(String key) {
        if (key == null) {
            return List.of();
        }
        return jdbc.sql("""
                        select event_id, ce_type, reason, dead_lettered_at from dead_letter
                        where record_key = ? and resolved_at is null order by id""")
                .param(key)
                .query((rs, n) -> new BlockedEvent(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** The unresolved dead letters of a group, oldest first, at most {@code limit}. */
    public List<Unresolved> unresolved(String group, int limit) {
        return jdbc.sql("""
                        select id, consumer_group, record_key, event_id, ce_type, reason, dead_lettered_at, topic,
                               kafka_partition, kafka_offset
                        from dead_letter where consumer_group = ? and resolved_at is null order by id limit ?""")
                .params(group, limit)
                .query((rs, n) -> new Unresolved(rs.getLong(1), rs.getString(2),
                        rs.getString(3) == null ? null : PersonalData.maskText(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8),
                        rs.getInt(9), rs.getLong(10)))
                .list();
    }

    /** Unresolved dead letters per group. */
    public Map<String, Long> unresolvedCounts() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select consumer_group, count(*) from dead_letter where resolved_at is null group by consumer_group")
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    /** The resolution of the dead letter of a group's record, if it was recorded and resolved. */
    Optional<Resolution> resolution(String group, String topic, int partition, long offset) {
        return jdbc.sql("""
                        select resolution from dead_letter
                        where consumer_group = ? and topic = ? and kafka_partition = ? and kafka_offset = ?""")
                .params(group, topic, partition, offset)
                .query(String.class).optional().map(Resolution::valueOf);
    }

    /** Marks the unresolved dead letter of a record replayed; 1 when it was unresolved. */
    int markReplayed(String group, String topic, int partition, long offset, String by) {
        return jdbc.sql("""
                        update dead_letter set resolved_at = now(), resolution = 'REPLAYED', resolved_by = ?,
                               resolution_reason = 'republished to its topic'
                        where consumer_group = ? and topic = ? and kafka_partition = ? and kafka_offset = ?
                          and resolved_at is null""")
                .params(by, group, topic, partition, offset)
                .update();
    }

    /**
     * Discards an unresolved dead letter with the operator's reason: it stops blocking its key and a later replay
     * of the group skips it. Returns false when the group has no such unresolved dead letter.
     */
    public boolean discard(String group, long id, String by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required to discard a dead letter");
        }
        return jdbc.sql("""
                        update dead_letter set resolved_at = ?, resolution = 'DISCARDED', resolved_by = ?,
                               resolution_reason = ?
                        where id = ? and consumer_group = ? and resolved_at is null""")
                .params(Timestamp.from(Instant.now()), text(by, MAX_TEXT), text(reason.strip(), MAX_REASON), id, group)
                .update() == 1;
    }

    /** PostgreSQL text refuses NUL; the table must take whatever a poison record carried. */
    static String text(String value, int max) {
        if (value == null) {
            return null;
        }
        String clean = value.replace('\u0000', '\uFFFD');
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }
}

package org.onewindow.platform.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox as operators see and resolve it: rows waiting to be sent, rows parked (the relay will not send them),
 * rows held (unpublished rows of the same topic and key behind a parked one, kept back to keep per-key order), and
 * the two resolutions of a parked row: REPLAY (after the cause was fixed; the relay sends it again, first of its
 * key) and DISCARD (never published; its held successors then flow). Each resolution is recorded in
 * {@code outbox_resolution} with who, when, why; a discarded row is kept, marked {@code discarded_at}.
 */
public class OutboxOperations {

    private static final Logger log = LoggerFactory.getLogger(OutboxOperations.class);

    /** Most held rows listed per parked row (the count is always complete). */
    static final int HELD_LIST_LIMIT = 100;

    /** A row waiting behind a parked one. */
    public record HeldRow(long id, UUID eventId, String type, OffsetDateTime createdAt) {
    }

    /** A parked row; {@code size} is the record's bytes as the relay measured them. */
    public record ParkedRow(long id, UUID eventId, String type, String topic, String key, Integer size, String reason,
                            OffsetDateTime parkedAt, long heldCount, List<HeldRow> held) {
    }

    /** One operator decision on a parked row. */
    public record Resolution(long id, long outboxId, UUID eventId, String type, String topic, String key,
                             String action, String reason, String parkedReason, String resolvedBy,
                             OffsetDateTime resolvedAt) {
    }

    public enum Action { REPLAY, DISCARD }

    private record ParkedColumns(long id, UUID eventId, String type, String topic, String key, Integer size,
                                 String reason, OffsetDateTime parkedAt, long heldCount) {
    }

    private static final String PARKED_P = "p.parked_at is not null and p.published_at is null and p.discarded_at is null";
    /** Row {@code o} is waiting to be sent (maybe held): unpublished, not parked, not discarded. */
    private static final String WAITING_O = "o.published_at is null and o.parked_at is null and o.discarded_at is null";
    /** Row {@code o} is held by {@code p}: behind it in its key, with no other parked row in between. */
    private static final String HELD_BY_P = "o.topic = p.topic and o.key = p.key and o.id > p.id and " + WAITING_O
            + " and not exists (select 1 from outbox q where q.topic = p.topic and q.key = p.key and q.id > p.id"
            + " and q.id < o.id and q.parked_at is not null and q.published_at is null and q.discarded_at is null)";

    private final JdbcClient jdbc;

    public OutboxOperations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows parked (not yet replayed or discarded). */
    public long parkedCount() {
        return jdbc.sql("select count(*) from outbox p where " + PARKED_P).query(Long.class).single();
    }

    /** Rows held behind a parked row of their topic and key. */
    public long heldCount() {
        return jdbc.sql("select count(distinct o.id) from outbox p join outbox o on o.topic = p.topic and o.key = p.key"
                        + " and o.id > p.id where " + PARKED_P + " and " + WAITING_O)
                .query(Long.class).single();
    }

    /** Rows the relay will send (unpublished, neither parked, discarded nor held). */
    public long pendingCount() {
        long waiting = jdbc.sql("select count(*) from outbox o where " + WAITING_O).query(Long.class).single();
        return waiting - heldCount();
    }

    /** Parked rows, oldest first, each with its held rows. */
    public List<ParkedRow> parked(int limit) {
        return jdbc.sql(parkedQuery("") + " order by p.id limit ?").param(limit)
                .query(ParkedColumns.class).list().stream().map(this::withHeld).toList();
    }

    /** One parked row with its held rows, if that row is parked. */
    public Optional<ParkedRow> parked(long id) {
        return jdbc.sql(parkedQuery(" and p.id = ?")).param(id).query(ParkedColumns.class).optional().map(this::withHeld);
    }

    /** The latest resolutions, newest first. */
    public List<Resolution> resolutions(int limit) {
        return jdbc.sql("""
                        select id, outbox_id, event_id, ce_type as type, topic, key, action, reason, parked_reason,
                               resolved_by, resolved_at
                        from outbox_resolution order by id desc limit ?""")
                .param(limit).query(Resolution.class).list();
    }

    /**
     * Resolves a parked row: REPLAY un-parks it (the relay tries it again, before its held successors), DISCARD
     * marks it discarded (never sent; the held rows flow). Empty when the row is not parked.
     */
    public Optional<Resolution> resolve(long id, Action action, String reason, String actor) {
        String change = action == Action.REPLAY
                ? "parked_at = null, parked_reason = null, record_bytes = null"
                : "discarded_at = now()";
        Optional<Resolution> resolution = jdbc.sql("""
                        with target as (
                            select id, event_id, ce_type, topic, key, parked_reason from outbox p
                            where p.id = ? and %s
                            for update),
                        changed as (
                            update outbox o set %s from target where o.id = target.id)
                        insert into outbox_resolution
                            (outbox_id, event_id, ce_type, topic, key, action, reason, parked_reason, resolved_by)
                        select id, event_id, ce_type, topic, key, ?, ?, parked_reason, ? from target
                        returning id, outbox_id, event_id, ce_type as type, topic, key, action, reason, parked_reason,
                                  resolved_by, resolved_at""".formatted(PARKED_P, change))
                .params(id, action.name(), reason, actor)
                .query(Resolution.class).optional();
        resolution.ifPresent(done -> {
            log.warn("Outbox row {} {} by {} (event {}, type {}, key {}): {}", id,
                    action == Action.REPLAY ? "replayed" : "DISCARDED", actor, done.eventId(), done.type(), done.key(),
                    reason == null ? "no reason given" : reason);
            jdbc.sql("notify " + ChangeNotices.CHANNEL).update(); // wake the relay
        });
        return resolution;
    }

    /** What a row is now ({@code published}, {@code discarded}, {@code parked}, {@code held}, {@code pending}), if it exists. */
    public Optional<String> state(long id) {
        return jdbc.sql("""
                        select case
                            when o.published_at is not null then 'published'
                            when o.discarded_at is not null then 'discarded'
                            when o.parked_at is not null then 'parked'
                            when exists (select 1 from outbox p where %s and p.topic = o.topic and p.key = o.key
                                         and p.id < o.id) then 'held'
                            else 'pending' end
                        from outbox o where o.id = ?""".formatted(PARKED_P))
                .param(id).query(String.class).optional();
    }

    private static String parkedQuery(String condition) {
        return """
                select p.id, p.event_id, p.ce_type as type, p.topic, p.key,
                       coalesce(p.record_bytes, octet_length(p.payload) + octet_length(p.key)) as size,
                       p.parked_reason as reason, p.parked_at,
                       (select count(*) from outbox o where %s) as held_count
                from outbox p where %s%s""".formatted(HELD_BY_P, PARKED_P, condition);
    }

    private ParkedRow withHeld(ParkedColumns row) {
        List<HeldRow> held = jdbc.sql("""
                        select o.id, o.event_id, o.ce_type as type, o.created_at
                        from outbox p join outbox o on %s
                        where p.id = ? order by o.id limit ?""".formatted(HELD_BY_P))
                .params(row.id(), HELD_LIST_LIMIT).query(HeldRow.class).list();
        return new ParkedRow(row.id(), row.eventId(), row.type(), row.topic(), row.key(), row.size(), row.reason(),
                row.parkedAt(), row.heldCount(), held);
    }
}

package org.onewindow.monitor.feed.adapters.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.onewindow.monitor.feed.application.FeedStore;
import org.onewindow.monitor.feed.domain.FeedEntry;
import org.onewindow.monitor.feed.domain.FeedFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code feed_event} table. Appends take a transaction-scoped advisory lock first, so sequence numbers become
 * visible in order: a stream that has read up to {@link #head()} never misses a lower number committed later
 * (a plain sequence would let two concurrent transactions commit out of order). The lock is held only from the
 * append to the commit of the consumer's (or the scan's) transaction.
 */
@Repository
public class JdbcFeed implements FeedStore {

    /** "monfeed": distinct from the scan's and the platform's keys. */
    static final long LOCK_KEY = 0x6d6f6e66656564L;

    private final JdbcClient jdbc;

    public JdbcFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends one entry in the caller's transaction; department and centre fall back to the case's row of the read
     * model when the event does not carry them. An event id already present appends nothing (a replay).
     */
    public void append(String eventId, String type, String caseNumber, String department, String centre,
                       Instant occurredAt, String json, Instant now) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query().singleRow();
        jdbc.sql("""
                INSERT INTO feed_event (event_id, type, department, centre, occurred_at, payload, appended_at)
                VALUES (:id, :type,
                        coalesce(:department, (SELECT department FROM mon_case WHERE case_number = :case)),
                        coalesce(:centre, (SELECT centre_code FROM mon_case WHERE case_number = :case)),
                        :occurred, cast(:json AS json), :now)
                ON CONFLICT (event_id) DO NOTHING""")
                .param("id", eventId).param("type", type).param("department", department).param("centre", centre)
                .param("case", caseNumber).param("occurred", Timestamp.from(occurredAt)).param("json", json)
                .param("now", Timestamp.from(now))
                .update();
    }

    @Override
    public long head() {
        Long head = jdbc.sql("SELECT coalesce(max(seq), 0) FROM feed_event").query(Long.class).single();
        return head == null ? 0 : head;
    }

    @Override
    public List<FeedEntry> between(long after, long upTo, FeedFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT seq, type, department, centre, occurred_at, payload::text AS json FROM feed_event
                WHERE seq > :after AND seq <= :upTo""");
        if (!filter.types().isEmpty()) {
            sql.append(" AND type IN (:types)");
        }
        if (filter.department() != null) {
            sql.append(" AND department = :department");
        }
        if (filter.centre() != null) {
            sql.append(" AND centre = :centre");
        }
        sql.append(" ORDER BY seq LIMIT :limit");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("after", after).param("upTo", upTo)
                .param("limit", limit);
        if (!filter.types().isEmpty()) {
            statement = statement.param("types", List.copyOf(filter.types()));
        }
        if (filter.department() != null) {
            statement = statement.param("department", filter.department());
        }
        if (filter.centre() != null) {
            statement = statement.param("centre", filter.centre());
        }
        return statement.query((rs, n) -> new FeedEntry(rs.getLong("seq"), rs.getString("type"),
                rs.getString("department"), rs.getString("centre"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("json"))).list();
    }

    @Override
    public int trim(Instant before, long keep) {
        int old = jdbc.sql("DELETE FROM feed_event WHERE appended_at < ?").param(Timestamp.from(before)).update();
        int surplus = jdbc.sql("DELETE FROM feed_event WHERE seq <= (SELECT max(seq) FROM feed_event) - ?")
                .param(keep).update();
        return old + surplus;
    }
}

package org.onewindow.platform.messaging;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the outbox to Kafka, in id order, from one thread.
 *
 * <p>Only the instance holding a PostgreSQL session advisory lock publishes, so scaling a service out does
 * not interleave two relays (which would break per-key order). A round reads a batch of sendable rows, sends them,
 * waits for the acknowledgements ({@code acks=all}, idempotent producer), then marks the acknowledged ones
 * published in one UPDATE. Order is kept per topic and key (the Kafka key, so per partition): once a row of a key
 * fails in a round, the later rows of that key are not sent, or not marked, in that round.
 *
 * <p>A failure is classified ({@link PublishFailure}). A PERMANENT one (the record is too large, cannot be
 * serialised, is refused by the broker for a reason retrying cannot fix) parks the row: it is no longer sent, the
 * later rows of its key are held behind it (left out of every batch) until an operator replays or discards it
 * ({@link OutboxOperations}), and every other key keeps flowing. A row above {@code relay.max-record-bytes} is
 * parked before it is sent. A TRANSIENT failure (broker or database unreachable, timeouts, leader moves) parks
 * nothing: the row and its successors are sent again after a backoff that grows per failed round up to
 * {@code relay.backoff-max}; the outage is logged when it starts and when it clears. The thread otherwise waits
 * for a NOTIFY from a committing publisher or the poll interval; a NOTIFY from another instance of the service also
 * names the subject it changed, passed on to {@link SubjectsChangedElsewhere} (the waiting reads).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Advisory lock key: advisory locks are per database, and each service has its own. */
    static final long LOCK_KEY = 0x6f6e6577696e646fL; // "onewindo"
    private static final int MAX_REASON_LENGTH = 1000;

    /** Unpublished rows that are neither parked, discarded, nor held behind a parked row of their topic and key. */
    private static final String SENDABLE = """
            select id, event_id, topic, key, ce_type, ce_subject, ce_time, traceparent, payload
            from outbox o
            where published_at is null and parked_at is null and discarded_at is null
              and not exists (select 1 from outbox p
                              where p.topic = o.topic and p.key = o.key and p.id < o.id
                                and p.parked_at is not null and p.published_at is null and p.discarded_at is null)
            order by id limit ?""";

    /** What one round did; {@code transientFailure} is the first transient failure, or null. */
    record Round(int read, int published, int parked, PublishFailure transientFailure) {
    }

    private record TopicKey(String topic, String key) {
        static TopicKey of(OutboxRow row) {
            return new TopicKey(row.topic(), row.key());
        }
    }

    private record Sending(OutboxRow row, int size, CompletableFuture<?> ack) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final KafkaTemplate<String, byte[]> kafka;
    private final MessagingProperties.Relay settings;
    private final String source;
    private final RelayHook hook;
    private final SubjectsChangedElsewhere changedElsewhere;
    private final RelayOutage outage = new RelayOutage(log);

    private volatile boolean running;
    private volatile Thread thread;
    private volatile boolean leader;
    private Connection session;
    private Instant nextCleanup = Instant.EPOCH;

    public OutboxRelay(DataSource dataSource, KafkaTemplate<String, byte[]> kafka, MessagingProperties.Relay settings,
                       String source, RelayHook hook, SubjectsChangedElsewhere changedElsewhere) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.kafka = kafka;
        this.settings = settings;
        this.source = source;
        this.hook = hook;
        this.changedElsewhere = changedElsewhere;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("outbox-relay").start(this::loop);
    }

    @Override
    public void stop() {
        Thread current;
        synchronized (this) {
            running = false;
            current = thread;
            thread = null;
        }
        if (current != null) {
            current.interrupt();
            try {
                current.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop before the consumers (default phase) and the Kafka producer go away. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    /** Whether this instance holds the publishing lock. */
    public boolean isLeader() {
        return leader;
    }

    /** The transient outage the relay is in (since when, how many rounds, why), or null when it publishes. */
    RelayOutage.State outage() {
        return outage.state();
    }

    private void loop() {
        try {
            while (running) {
                Round round = null;
                PublishFailure failure = null;
                try {
                    if (ensureLeader()) {
                        round = publishBatch();
                        failure = round.transientFailure();
                        cleanupIfDue();
                    }
                } catch (RuntimeException | SQLException e) {
                    // the database, or a fault of the round itself: never a reason to park a row
                    failure = new PublishFailure(PublishFailure.Kind.TRANSIENT, e.toString());
                    closeSession();
                }
                if (!running) {
                    break; // stopping: an interrupted round is no outage
                }
                if (failure != null) {
                    backOff(outage.failed(failure.reason(), settings.getBackoffMax()));
                } else {
                    if (round != null) {
                        outage.cleared();
                    }
                    if (round == null || round.read() < settings.getBatchSize()) {
                        awaitWakeUp();
                    }
                }
            }
        } finally {
            closeSession();
        }
    }

    /** Publishes one batch of sendable rows; parks those that can never be published. */
    Round publishBatch() {
        List<OutboxRow> rows = jdbc.sql(SENDABLE).param(settings.getBatchSize()).query(OutboxRow.class).list();
        if (rows.isEmpty()) {
            return new Round(0, 0, 0, null);
        }
        // per topic and key, the id of the first row that failed in this round: its later rows wait
        Map<TopicKey, Long> stoppedAt = new HashMap<>();
        List<Sending> sending = new ArrayList<>(rows.size());
        PublishFailure transientFailure = null;
        int parked = 0;
        for (OutboxRow row : rows) {
            TopicKey key = TopicKey.of(row);
            if (stoppedAt.containsKey(key)) {
                continue;
            }
            ProducerRecord<String, byte[]> record;
            try {
                record = OutboxRecords.toRecord(row, source);
            } catch (RuntimeException e) {
                park(row, null, "the record cannot be built: " + e);
                stoppedAt.put(key, row.id());
                parked++;
                continue;
            }
            int size = OutboxRecords.sizeOf(record);
            if (size > settings.getMaxRecordBytes()) {
                park(row, size, "the record is " + size + " bytes, above the limit of " + settings.getMaxRecordBytes()
                        + " bytes (onewindow.messaging.relay.max-record-bytes)");
                stoppedAt.put(key, row.id());
                parked++;
                continue;
            }
            try {
                CompletableFuture<?> ack = kafka.send(record);
                if (ack.isCompletedExceptionally()) {
                    ack.join(); // failed inside send() (metadata, serialisation, size): handled as if it had thrown
                }
                sending.add(new Sending(row, size, ack));
            } catch (RuntimeException e) {
                PublishFailure failure = PublishFailure.of(e);
                stoppedAt.put(key, row.id());
                if (failure.permanent()) {
                    park(row, size, failure.reason());
                    parked++;
                    continue;
                }
                // send() itself fails when the broker is unreachable and the topic's metadata is missing, after
                // max.block.ms: every later send would wait as long, so the round ends here
                transientFailure = failure;
                break;
            }
        }

        List<Long> acknowledged = new ArrayList<>(sending.size());
        long deadline = System.nanoTime() + settings.getSendTimeout().toNanos();
        for (Sending sent : sending) {
            TopicKey key = TopicKey.of(sent.row());
            Long stopper = stoppedAt.get(key);
            if (stopper != null && stopper < sent.row().id()) {
                // an earlier row of its key failed: not marked even if acknowledged, it is sent again after that one
                continue;
            }
            try {
                sent.ack().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(sent.row().id());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                transientFailure = new PublishFailure(PublishFailure.Kind.TRANSIENT, "interrupted");
                break;
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                PublishFailure failure = e instanceof TimeoutException
                        ? new PublishFailure(PublishFailure.Kind.TRANSIENT, "no acknowledgement within "
                                + settings.getSendTimeout() + " (onewindow.messaging.relay.send-timeout)")
                        : PublishFailure.of(e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e);
                stoppedAt.put(key, sent.row().id());
                if (failure.permanent()) {
                    // refused on acknowledgement (e.g. the broker's limit is below ours): its later rows of this
                    // round are not marked, so they stay held behind it
                    park(sent.row(), sent.size(), failure.reason());
                    parked++;
                } else if (transientFailure == null) {
                    transientFailure = failure;
                }
            }
        }
        if (!acknowledged.isEmpty()) {
            hook.acknowledged(List.copyOf(acknowledged));
            jdbc.sql("update outbox set published_at = now() where id = any(?)")
                    .param(acknowledged.toArray(Long[]::new))
                    .update();
        }
        return new Round(rows.size(), acknowledged.size(), parked, transientFailure);
    }

    private void park(OutboxRow row, Integer size, String reason) {
        String stored = reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) + "..." : reason;
        int updated = jdbc.sql("""
                        update outbox set parked_at = now(), parked_reason = ?, record_bytes = ?
                        where id = ? and published_at is null and parked_at is null and discarded_at is null""")
                .params(stored, size, row.id())
                .update();
        if (updated == 1) {
            log.error("Outbox row {} PARKED (event {}, type {}, topic {}, key {}, {} bytes): {}. Later events of key {} "
                            + "are held behind it until it is replayed or discarded: GET /actuator/outbox",
                    row.id(), row.eventId(), row.ceType(), row.topic(), row.key(), size == null ? "?" : size, stored,
                    row.key());
        }
    }

    private void backOff(int failedRounds) {
        try {
            Thread.sleep(settings.backoffAfter(failedRounds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = running && !Thread.currentThread().isInterrupted();
        }
    }

    private void cleanupIfDue() {
        Instant now = Instant.now();
        if (now.isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = now.plus(settings.getCleanupInterval());
        int deleted = jdbc.sql("delete from outbox where published_at < now() - make_interval(secs => ?)")
                .param((double) settings.getRetention().toSeconds())
                .update();
        if (deleted > 0) {
            log.debug("Deleted {} published outbox rows", deleted);
        }
    }

    /** Opens the relay's own session (LISTEN + advisory lock) and tells whether this instance publishes. */
    private boolean ensureLeader() throws SQLException {
        if (session == null) {
            session = dataSource.getConnection();
            session.setAutoCommit(true);
            try (Statement statement = session.createStatement()) {
                statement.execute("listen " + ChangeNotices.CHANNEL);
            }
            leader = false;
        }
        if (!leader) {
            try (Statement statement = session.createStatement();
                 var result = statement.executeQuery("select pg_try_advisory_lock(" + LOCK_KEY + ")")) {
                result.next();
                leader = result.getBoolean(1);
                if (leader) {
                    log.info("Outbox relay holds the publishing lock");
                }
            }
        }
        return leader;
    }

    private void awaitWakeUp() {
        long millis = Math.max(1, settings.getPollInterval().toMillis());
        try {
            if (session != null) {
                // returns on a NOTIFY or after the timeout; pending notifications are drained at once
                PGNotification[] notices = session.unwrap(PGConnection.class).getNotifications((int) millis);
                if (notices != null) {
                    for (PGNotification notice : notices) {
                        ChangeNotices.changedElsewhere(notice.getParameter()).ifPresent(this::passOn);
                    }
                }
            } else {
                Thread.sleep(millis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = running && !Thread.currentThread().isInterrupted();
        } catch (SQLException e) {
            if (running) {
                outage.failed("lost its database session: " + e, settings.getBackoffMax());
            }
            closeSession();
        }
    }

    /** A listener's fault must not stop the relay: the waiting reads still have their re-check. */
    private void passOn(String subject) {
        try {
            changedElsewhere.changed(subject);
        } catch (RuntimeException e) {
            log.warn("Passing on a change of {} from another instance failed: {}", subject, e.toString());
        }
    }

    private void closeSession() {
        if (session != null) {
            try {
                // closing returns it to the pool: release the lock explicitly (unlock of a lock not held is harmless)
                try (Statement statement = session.createStatement()) {
                    statement.execute("select pg_advisory_unlock_all()");
                    statement.execute("unlisten *");
                }
                session.close();
            } catch (SQLException e) {
                // the session is gone anyway
            }
            session = null;
            leader = false;
        }
    }
}

package org.onewindow.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the outbox to Kafka, in id order, from one thread.
 *
 * <p>Only the instance holding a PostgreSQL session advisory lock publishes, so scaling a service out does
 * not interleave two relays (which would break per-key order). A round reads a batch of unpublished rows,
 * sends them all, waits for every acknowledgement ({@code acks=all}, idempotent producer), then marks them
 * published in one UPDATE. The acknowledged prefix of a batch before the first failed send is marked; the rest
 * is sent again next round, so a record can reach Kafka twice but never out of order before its predecessor
 * was acknowledged. The thread waits for a NOTIFY from a committing publisher or the poll interval.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Advisory lock key: advisory locks are per database, and each service has its own. */
    static final long LOCK_KEY = 0x6f6e6577696e646fL; // "onewindo"

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final KafkaTemplate<String, byte[]> kafka;
    private final MessagingProperties.Relay settings;
    private final String source;
    private final RelayHook hook;

    private volatile boolean running;
    private volatile Thread thread;
    private Connection session;
    private boolean leader;
    private Instant nextCleanup = Instant.EPOCH;

    public OutboxRelay(DataSource dataSource, KafkaTemplate<String, byte[]> kafka, MessagingProperties.Relay settings,
                       String source, RelayHook hook) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.kafka = kafka;
        this.settings = settings;
        this.source = source;
        this.hook = hook;
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

    private void loop() {
        try {
            while (running) {
                boolean more = false;
                try {
                    if (ensureLeader()) {
                        more = publishBatch() == settings.getBatchSize();
                        cleanupIfDue();
                    }
                } catch (RuntimeException | SQLException e) {
                    log.warn("Outbox relay round failed, retrying: {}", e.toString());
                    closeSession();
                }
                if (!more) {
                    awaitWakeUp();
                }
            }
        } finally {
            closeSession();
        }
    }

    /** Publishes one batch; returns how many rows it read. */
    int publishBatch() {
        List<OutboxRow> rows = jdbc.sql("""
                        select id, event_id, topic, key, ce_type, ce_subject, ce_time, traceparent, payload
                        from outbox where published_at is null order by id limit ?""")
                .param(settings.getBatchSize())
                .query(OutboxRow.class)
                .list();
        if (rows.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<?>> sends = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            try {
                sends.add(kafka.send(toRecord(row)));
            } catch (RuntimeException e) {
                // send() itself fails when the broker is unreachable and the topic's metadata is missing (max.block.ms):
                // a failed send like any other, so the acknowledged prefix is still marked and successors not sent
                sends.add(CompletableFuture.failedFuture(e));
                break;
            }
        }
        List<Long> acknowledged = new ArrayList<>(sends.size());
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get(settings.getSendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.add(rows.get(i).id());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                log.warn("Outbox row {} ({}) not acknowledged; it and its successors are retried: {}",
                        rows.get(i).id(), rows.get(i).ceType(), e.toString());
                break;
            }
        }
        if (!acknowledged.isEmpty()) {
            hook.acknowledged(List.copyOf(acknowledged));
            jdbc.sql("update outbox set published_at = now() where id = any(?)")
                    .param(acknowledged.toArray(Long[]::new))
                    .update();
        }
        return rows.size();
    }

    private ProducerRecord<String, byte[]> toRecord(OutboxRow row) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), null, row.key(),
                row.payload().getBytes(StandardCharsets.UTF_8));
        CloudEventHeaders.write(record.headers(), new CloudEventHeaders.Envelope(row.eventId().toString(),
                row.ceType(), source, row.ceSubject(), row.ceTime(), row.traceparent()));
        return record;
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
                statement.execute("listen " + OutboxEventPublisher.CHANNEL);
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
                session.unwrap(PGConnection.class).getNotifications((int) millis);
            } else {
                Thread.sleep(millis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = running && !Thread.currentThread().isInterrupted();
        } catch (SQLException e) {
            if (running) {
                log.warn("Outbox relay lost its database session: {}", e.toString());
            }
            closeSession();
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

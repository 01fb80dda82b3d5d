package org.onewindow.platform.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes inbox rows older than {@code onewindow.messaging.inbox.retention}, {@code prune-batch-size} rows per
 * short transaction, every {@code prune-interval}. Each batch takes a transaction-scoped advisory lock, so when
 * the service is scaled out one instance prunes and the others skip the round. Safe because consumers resume
 * from the offsets stored in the same database: an event is delivered again only from the stored position, so
 * long after its inbox row is gone it can come back only after a restore older than the retention.
 */
public class InboxPruner extends ScheduledScan {

    private static final Logger log = LoggerFactory.getLogger(InboxPruner.class);
    /** Advisory lock key of the pruner (distinct from the relay's). */
    static final long LOCK_KEY = 0x6f6e65696e626f78L; // "oneinbox"

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MessagingProperties.Inbox settings;
    private final Clock clock;

    public InboxPruner(JdbcClient jdbc, TransactionTemplate transactions, MessagingProperties.Inbox settings,
                       Clock clock) {
        super(ScheduledScan.named("inbox-pruner").every(interval(settings)).enabled(interval(settings).isPositive()));
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** What one round deleted, in how many batches (a round another instance holds the lock for deletes nothing). */
    public record Result(long deleted, int batches) {
    }

    /** Deletes every inbox row older than the retention, batch by batch. */
    public Result prune() {
        Timestamp before = Timestamp.from(clock.instant().minus(settings.getRetention()));
        int batch = Math.max(1, settings.getPruneBatchSize());
        long total = 0;
        int batches = 0;
        while (true) {
            Integer deleted = transactions.execute(status -> {
                if (!Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK_KEY)
                        .query(Boolean.class).single())) {
                    return -1; // another instance is pruning
                }
                return jdbc.sql("""
                                delete from inbox where ctid = any(array(
                                    select ctid from inbox where processed_at < ? limit ?))""")
                        .params(before, batch)
                        .update();
            });
            if (deleted == null || deleted < 0) {
                break;
            }
            total += deleted;
            batches++;
            if (deleted < batch) {
                break;
            }
        }
        if (total > 0) {
            log.info("Pruned {} inbox rows older than {}", total, settings.getRetention());
        }
        return new Result(total, batches);
    }

    /** {@code prune-interval}; none (or not positive): never scheduled. */
    private static Duration interval(MessagingProperties.Inbox settings) {
        return settings.getPruneInterval() == null ? Duration.ZERO : settings.getPruneInterval();
    }

    /** One round (a failure is logged by the scan and the next round tries again). */
    @Override
    protected int round() {
        return (int) Math.min(Integer.MAX_VALUE, prune().deleted());
    }
}

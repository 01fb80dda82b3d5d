package org.onewindow.platform.web.idempotency;

import java.time.Clock;
import java.time.Instant;

import org.onewindow.platform.messaging.ScheduledScan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired idempotency keys every {@code onewindow.web.idempotency.cleanup-interval}, in batches of
 * {@code cleanup-batch-size} keys per statement (short transactions, few locks, however large the backlog), until
 * none is left or the service stops. Several instances of a service may run it at once: batches skip rows another
 * instance is deleting. Scheduled as the platform's other jobs are ({@link ScheduledScan}: a failed round is logged
 * and the next one tries again; stopping interrupts a pass between batches, so a stopping service does not wait
 * for the backlog).
 */
public class IdempotencyKeyCleanup extends ScheduledScan {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyCleanup.class);

    private final IdempotencyKeys keys;
    private final IdempotencyProperties properties;
    private final Clock clock;

    public IdempotencyKeyCleanup(IdempotencyKeys keys, IdempotencyProperties properties, Clock clock) {
        super(ScheduledScan.named("idempotency-key-cleanup").every(properties.cleanupInterval()));
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * One pass: batches until a batch comes back short (nothing older than the cutoff is left) or the service is
     * stopping. Public so tests and operators can run it on demand. Returns the number of keys deleted.
     */
    public int deleteExpired() {
        Instant cutoff = clock.instant().minus(properties.ttl());
        int batchSize = properties.cleanupBatchSize();
        int total = 0;
        int batches = 0;
        int deleted;
        do {
            deleted = keys.deleteCreatedBefore(cutoff, batchSize);
            total += deleted;
            batches++;
        } while (deleted == batchSize && !Thread.currentThread().isInterrupted());
        if (total > 0) {
            log.debug("deleted {} expired idempotency keys in {} batch(es) of at most {}", total, batches, batchSize);
        }
        return total;
    }

    @Override
    protected int round() {
        return deleteExpired();
    }
}

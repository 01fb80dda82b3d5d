package org.onewindow.platform.web.idempotency;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Deletes expired idempotency keys every {@code onewindow.web.idempotency.cleanup-interval}, in batches of
 * {@code cleanup-batch-size} keys per statement (short transactions, few locks, however large the backlog), until
 * none is left or the service stops. Several instances of a service may run it at once: batches skip rows another
 * instance is deleting.
 */
public class IdempotencyKeyCleanup implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyCleanup.class);

    private final IdempotencyKeys keys;
    private final IdempotencyProperties properties;
    private final Clock clock;
    private ScheduledExecutorService executor;
    private volatile boolean running;

    public IdempotencyKeyCleanup(IdempotencyKeys keys, IdempotencyProperties properties, Clock clock) {
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
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("idempotency-key-cleanup").factory());
        long period = properties.cleanupInterval().toMillis();
        executor.scheduleWithFixedDelay(this::safely, period, period, TimeUnit.MILLISECONDS);
        running = true;
    }

    private void safely() {
        try {
            deleteExpired();
        } catch (RuntimeException e) {
            if (running) {
                log.warn("idempotency key cleanup failed; will retry in {}", properties.cleanupInterval(), e);
            }
        }
    }

    /** Interrupts a pass between batches (shutdownNow): a stopping service does not wait for the backlog. */
    @Override
    public synchronized void stop() {
        running = false;
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}

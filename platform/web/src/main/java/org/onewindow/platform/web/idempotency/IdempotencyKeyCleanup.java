package org.onewindow.platform.web.idempotency;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Deletes expired idempotency keys every {@code onewindow.web.idempotency.cleanup-interval}. Several instances of
 * a service may run it at once: the DELETE is harmless to repeat.
 */
public class IdempotencyKeyCleanup implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyCleanup.class);

    private final IdempotencyKeys keys;
    private final IdempotencyProperties properties;
    private final Clock clock;
    private ScheduledExecutorService executor;

    public IdempotencyKeyCleanup(IdempotencyKeys keys, IdempotencyProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    /** One pass; public so tests and operators can run it on demand. Returns the number of keys deleted. */
    public int deleteExpired() {
        int deleted = keys.deleteCreatedBefore(clock.instant().minus(properties.ttl()));
        if (deleted > 0) {
            log.debug("deleted {} expired idempotency keys", deleted);
        }
        return deleted;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("idempotency-key-cleanup").factory());
        long period = properties.cleanupInterval().toMillis();
        executor.scheduleWithFixedDelay(this::safely, period, period, TimeUnit.MILLISECONDS);
    }

    private void safely() {
        try {
            deleteExpired();
        } catch (RuntimeException e) {
            log.warn("idempotency key cleanup failed; will retry", e);
        }
    }

    @Override
    public synchronized void stop() {
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

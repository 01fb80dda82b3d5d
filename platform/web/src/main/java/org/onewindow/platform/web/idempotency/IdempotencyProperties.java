package org.onewindow.platform.web.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onewindow.web.idempotency.*}: how long a key is remembered ({@code ttl}, default 24h), how long an
 * unfinished request holds its key before a retry may take it over ({@code in-progress-timeout}, default 1m:
 * covers a crash mid-request), how often expired keys are deleted ({@code cleanup-interval}, default 10m), how many
 * keys one DELETE statement removes ({@code cleanup-batch-size}, default 1000; a pass repeats batches until none is
 * left) and the largest response body stored for replay ({@code max-stored-body-bytes}, default 1 MiB).
 */
@ConfigurationProperties("onewindow.web.idempotency")
public record IdempotencyProperties(Boolean enabled, Duration ttl, Duration inProgressTimeout,
        Duration cleanupInterval, Integer cleanupBatchSize, Integer maxStoredBodyBytes) {

    public IdempotencyProperties {
        enabled = enabled == null || enabled;
        ttl = ttl == null ? Duration.ofHours(24) : ttl;
        inProgressTimeout = inProgressTimeout == null ? Duration.ofMinutes(1) : inProgressTimeout;
        cleanupInterval = cleanupInterval == null ? Duration.ofMinutes(10) : cleanupInterval;
        cleanupBatchSize = cleanupBatchSize == null ? 1000 : cleanupBatchSize;
        maxStoredBodyBytes = maxStoredBodyBytes == null ? 1024 * 1024 : maxStoredBodyBytes;
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("onewindow.web.idempotency.ttl must be positive, was " + ttl);
        }
        if (cleanupInterval.isNegative() || cleanupInterval.isZero()) {
            throw new IllegalArgumentException("onewindow.web.idempotency.cleanup-interval must be positive, was "
                    + cleanupInterval);
        }
        if (cleanupBatchSize < 1) {
            throw new IllegalArgumentException("onewindow.web.idempotency.cleanup-batch-size must be at least 1, was "
                    + cleanupBatchSize);
        }
    }

    public static IdempotencyProperties defaults() {
        return new IdempotencyProperties(null, null, null, null, null, null);
    }
}

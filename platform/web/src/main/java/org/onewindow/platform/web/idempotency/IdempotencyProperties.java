package org.onewindow.platform.web.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onewindow.web.idempotency.*}: how long a key is remembered ({@code ttl}, default 24h), how long an
 * unfinished request holds its key before a retry may take it over ({@code in-progress-timeout}, default 1m:
 * covers a crash mid-request), how often expired keys are deleted ({@code cleanup-interval}, default 10m) and the
 * largest response body stored for replay ({@code max-stored-body-bytes}, default 1 MiB).
 */
@ConfigurationProperties("onewindow.web.idempotency")
public record IdempotencyProperties(Boolean enabled, Duration ttl, Duration inProgressTimeout,
        Duration cleanupInterval, Integer maxStoredBodyBytes) {

    public IdempotencyProperties {
        enabled = enabled == null || enabled;
        ttl = ttl == null ? Duration.ofHours(24) : ttl;
        inProgressTimeout = inProgressTimeout == null ? Duration.ofMinutes(1) : inProgressTimeout;
        cleanupInterval = cleanupInterval == null ? Duration.ofMinutes(10) : cleanupInterval;
        maxStoredBodyBytes = maxStoredBodyBytes == null ? 1024 * 1024 : maxStoredBodyBytes;
    }

    public static IdempotencyProperties defaults() {
        return new IdempotencyProperties(null, null, null, null, null);
    }
}

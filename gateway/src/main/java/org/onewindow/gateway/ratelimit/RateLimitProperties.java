package org.onewindow.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onewindow.gateway.rate-limit.*}: per-client token bucket at the edge.
 *
 * @param enabled         on by default
 * @param capacity        burst size: requests a client may make at once (default 200)
 * @param refillPerSecond sustained rate per client (default 100 per second)
 * @param maxClients      clients tracked at most; idle ones are forgotten first (default 100 000)
 */
@ConfigurationProperties("onewindow.gateway.rate-limit")
public record RateLimitProperties(Boolean enabled, Long capacity, Double refillPerSecond, Integer maxClients) {

    public RateLimitProperties {
        enabled = enabled == null || enabled;
        capacity = capacity == null ? 200L : capacity;
        refillPerSecond = refillPerSecond == null ? 100d : refillPerSecond;
        maxClients = maxClients == null ? 100_000 : maxClients;
    }
}

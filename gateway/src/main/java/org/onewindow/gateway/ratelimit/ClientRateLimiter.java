package org.onewindow.gateway.ratelimit;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per client key, in memory, with a bounded number of clients. Plain Java: the clock is
 * injected so tests need no sleeping. Limits are per gateway instance; several instances each allow the rate.
 */
public final class ClientRateLimiter {

    /** Outcome of one request: allowed, or refused with how long to wait. */
    public record Decision(boolean allowed, Duration retryAfter) {
        static final Decision ALLOWED = new Decision(true, Duration.ZERO);
    }

    private final long capacity;
    private final double refillPerSecond;
    private final int maxClients;
    private final LongSupplier nanoClock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public ClientRateLimiter(long capacity, double refillPerSecond, int maxClients, LongSupplier nanoClock) {
        if (capacity < 1 || refillPerSecond <= 0 || maxClients < 1) {
            throw new IllegalArgumentException("capacity >= 1, refill-per-second > 0 and max-clients >= 1 required");
        }
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
        this.maxClients = maxClients;
        this.nanoClock = nanoClock;
    }

    public Decision tryAcquire(String client) {
        long now = nanoClock.getAsLong();
        TokenBucket bucket = buckets.computeIfAbsent(client, k -> new TokenBucket(capacity, refillPerSecond, now));
        long waitNanos = bucket.tryTake(now);
        if (buckets.size() > maxClients) {
            shrink(now);
        }
        return waitNanos == 0 ? Decision.ALLOWED : new Decision(false, Duration.ofNanos(waitNanos));
    }

    /** Number of clients currently tracked. */
    public int trackedClients() {
        return buckets.size();
    }

    /**
     * Forgets idle clients (full buckets) first; if every client is active, forgets arbitrary ones down to
     * 90% of the bound, which at worst hands those clients a fresh bucket: memory stays bounded either way.
     */
    private void shrink(long now) {
        buckets.values().removeIf(bucket -> bucket.isFull(now));
        int target = maxClients - Math.max(1, maxClients / 10);
        Iterator<String> keys = buckets.keySet().iterator();
        while (buckets.size() > target && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }
}

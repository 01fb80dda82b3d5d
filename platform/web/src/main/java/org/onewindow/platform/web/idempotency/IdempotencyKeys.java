package org.onewindow.platform.web.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The store of idempotency keys (a table in the service's own database). */
public interface IdempotencyKeys {

    /** Claims the key for a new original request; {@code false} when it is already taken. */
    boolean claim(IdempotentRequest request, Instant now);

    Optional<Entry> find(String principal, String key);

    void complete(IdempotentRequest request, StoredResponse response, Instant now);

    /** Forgets the key (a failed original request, or an expired or abandoned one being taken over). */
    void release(String principal, String key);

    /**
     * Deletes at most {@code limit} keys created before {@code cutoff} (oldest first) in one statement; returns how
     * many. Bounded so that one pass never holds a long transaction or a large lock set.
     */
    int deleteCreatedBefore(Instant cutoff, int limit);

    /** A remembered key: its original request and, once finished, the response. */
    record Entry(IdempotentRequest request, StoredResponse response, Instant createdAt) {

        public boolean inProgress() {
            return response == null;
        }

        public boolean expired(Instant now, Duration ttl) {
            return createdAt.plus(ttl).isBefore(now);
        }
    }
}

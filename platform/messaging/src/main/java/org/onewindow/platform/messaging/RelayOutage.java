package org.onewindow.platform.messaging;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;

/**
 * A run of rounds that failed for a transient reason (broker or database away). Logged once when it starts and
 * once when it clears, not every round: a broker down for an hour would otherwise fill the log with one line per
 * backoff. Written by the relay thread, read by the ops endpoint.
 */
final class RelayOutage {

    /** What the endpoint shows: since when, how many rounds, the first and the latest reason. */
    record State(Instant since, int rounds, String firstReason, String lastReason) {
    }

    private final Logger log;
    private volatile State state;

    RelayOutage(Logger log) {
        this.log = log;
    }

    /** Records one failed round; returns how many rounds in a row have failed. */
    int failed(String reason, Duration nextBackoffMax) {
        State current = state;
        if (current == null) {
            log.warn("Outbox relay cannot publish, retrying with backoff (at most {} apart) until it can; "
                    + "logged again when it clears: {}", nextBackoffMax, reason);
            state = new State(Instant.now(), 1, reason, reason);
            return 1;
        }
        log.debug("Outbox relay round {} failed again: {}", current.rounds() + 1, reason);
        state = new State(current.since(), current.rounds() + 1, current.firstReason(), reason);
        return current.rounds() + 1;
    }

    /** A round completed: ends the outage, if any. */
    void cleared() {
        State current = state;
        if (current != null) {
            state = null;
            log.info("Outbox relay recovered: a round completed again after {} ({} failed rounds; first error: {})",
                    Duration.between(current.since(), Instant.now()), current.rounds(), current.firstReason());
        }
    }

    /** The current outage, or null. */
    State state() {
        return state;
    }
}

package org.onewindow.monitor.feed.application;

import java.time.Instant;
import java.util.Optional;

import org.onewindow.monitor.feed.domain.FeedTicket;

/** Feed tickets by the hash of the ticket (the ticket itself is never stored). */
public interface TicketStore {

    void save(String ticketHash, FeedTicket ticket, Instant issuedAt);

    /** Marks the ticket spent if it is unspent and not expired at {@code now}; empty otherwise (one winner). */
    Optional<FeedTicket> spend(String ticketHash, Instant now);

    /** Forgets tickets expired before {@code before}; the count removed. */
    int forgetExpired(Instant before);
}

package org.onewindow.monitor.feed.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.onewindow.monitor.feed.domain.FeedFilter;
import org.onewindow.monitor.feed.domain.FeedTicket;
import org.onewindow.monitor.feed.domain.Tickets;

/**
 * Issues and redeems feed tickets. A browser's EventSource cannot send an Authorization header, and a long-lived
 * token in a URL would end up in logs: the caller trades its bearer token for a ticket that opens one stream,
 * once, within {@code ttl}, with the filters fixed at issue.
 */
public record FeedTickets(TicketStore store, Clock clock, Duration ttl) {

    /** A new ticket and when it expires. */
    public record Issued(String ticket, Instant expiresAt) {
    }

    public Issued issue(String subject, String scope, FeedFilter filter) {
        String ticket = Tickets.newTicket();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(ttl);
        store.save(Tickets.hash(ticket), new FeedTicket(subject, scope, filter, expiresAt), now);
        return new Issued(ticket, expiresAt);
    }

    /** Spends the ticket: empty when it is unknown, malformed, expired or already spent. */
    public Optional<FeedTicket> redeem(String ticket) {
        if (!Tickets.wellFormed(ticket)) {
            return Optional.empty();
        }
        return store.spend(Tickets.hash(ticket), clock.instant());
    }
}

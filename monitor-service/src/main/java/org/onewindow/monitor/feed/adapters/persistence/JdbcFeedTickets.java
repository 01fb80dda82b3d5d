package org.onewindow.monitor.feed.adapters.persistence;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.onewindow.monitor.feed.application.TicketStore;
import org.onewindow.monitor.feed.domain.FeedFilter;
import org.onewindow.monitor.feed.domain.FeedTicket;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code feed_ticket}: spending is one conditional UPDATE, so of two concurrent redemptions exactly one wins. */
@Repository
public class JdbcFeedTickets implements TicketStore {

    private final JdbcClient jdbc;

    public JdbcFeedTickets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(String ticketHash, FeedTicket ticket, Instant issuedAt) {
        FeedFilter filter = ticket.filter();
        jdbc.sql("""
                INSERT INTO feed_ticket (ticket_hash, subject, scope, types, department, centre, issued_at, expires_at)
                VALUES (?, ?, ?, string_to_array(?, ','), ?, ?, ?, ?)""")
                .params(ticketHash, ticket.subject(), ticket.scope(), String.join(",", filter.types()),
                        filter.department(), filter.centre(), Timestamp.from(issuedAt),
                        Timestamp.from(ticket.expiresAt()))
                .update();
    }

    @Override
    public Optional<FeedTicket> spend(String ticketHash, Instant now) {
        return jdbc.sql("""
                UPDATE feed_ticket SET spent_at = ?
                WHERE ticket_hash = ? AND spent_at IS NULL AND expires_at > ?
                RETURNING subject, scope, types, department, centre, expires_at""")
                .params(Timestamp.from(now), ticketHash, Timestamp.from(now))
                .query((rs, n) -> new FeedTicket(rs.getString("subject"), rs.getString("scope"),
                        FeedFilter.of(types(rs.getArray("types")), rs.getString("department"), rs.getString("centre")),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    @Override
    public int forgetExpired(Instant before) {
        return jdbc.sql("DELETE FROM feed_ticket WHERE expires_at < ?").param(Timestamp.from(before)).update();
    }

    private static List<String> types(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return List.of((String[]) array.getArray()).stream().filter(t -> !t.isBlank()).toList();
    }
}

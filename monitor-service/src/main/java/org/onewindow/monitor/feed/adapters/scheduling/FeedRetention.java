package org.onewindow.monitor.feed.adapters.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.onewindow.monitor.feed.application.FeedStore;
import org.onewindow.monitor.feed.application.TicketStore;
import org.onewindow.platform.messaging.ScheduledScan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the feed bounded: entries older than the retention (or beyond the newest {@code max-entries}) and tickets
 * expired for an hour are deleted. Harmless on several instances at once (plain deletes).
 */
public class FeedRetention extends ScheduledScan {

    private static final Logger log = LoggerFactory.getLogger(FeedRetention.class);

    private final FeedStore feed;
    private final TicketStore tickets;
    private final Clock clock;
    private final Duration retention;
    private final long maxEntries;

    /** Runs every {@code interval} ({@code onewindow.monitor.feed.retention-interval}). */
    public FeedRetention(FeedStore feed, TicketStore tickets, Clock clock, Duration retention, long maxEntries,
                         Duration interval) {
        super(ScheduledScan.named("feed-retention").every(interval));
        this.feed = feed;
        this.tickets = tickets;
        this.clock = clock;
        this.retention = retention;
        this.maxEntries = maxEntries;
    }

    /** One round; a failure is logged by the scan and the next round tries again. */
    @Override
    protected int round() {
        Instant now = clock.instant();
        int entries = feed.trim(now.minus(retention), maxEntries);
        int expired = tickets.forgetExpired(now.minus(Duration.ofHours(1)));
        if (entries > 0 || expired > 0) {
            log.info("live feed: trimmed {} entries and {} expired tickets", entries, expired);
        }
        return entries + expired;
    }
}

package org.onewindow.monitor.feed.domain;

import java.time.Instant;

/** One message of the feed: its sequence number (the SSE id), type, department and centre, and public JSON. */
public record FeedEntry(long seq, String type, String department, String centre, Instant occurredAt,
                        String json) {
}

package org.onewindow.monitor.feed.application;

import java.time.Instant;
import java.util.List;

import org.onewindow.monitor.feed.domain.FeedEntry;
import org.onewindow.monitor.feed.domain.FeedFilter;

/** The feed table: appended in the read model's transactions, read by the streams, trimmed by the retention job. */
public interface FeedStore {

    /** The highest committed sequence number (0 when empty); every entry up to it is visible. */
    long head();

    /** Entries after {@code after} up to {@code upTo} (inclusive) that match the filter, oldest first. */
    List<FeedEntry> between(long after, long upTo, FeedFilter filter, int limit);

    /** Removes entries appended before {@code before} and all but the newest {@code keep}; the count removed. */
    int trim(Instant before, long keep);
}

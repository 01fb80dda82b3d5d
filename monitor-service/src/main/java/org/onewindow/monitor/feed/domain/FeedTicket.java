package org.onewindow.monitor.feed.domain;

import java.time.Instant;

/**
 * A redeemed (spent) ticket: who asked for it, the scope the policy granted them, and the filter it fixes.
 */
public record FeedTicket(String subject, String scope, FeedFilter filter, Instant expiresAt) {
}

package org.onewindow.rating.ratings.domain;

import java.time.OffsetDateTime;

/**
 * How long a stage stays open for rating: calendar days (not working days) from the moment the stage opened.
 * Localities set it; 30 days by default.
 */
public record RatingWindow(int days) {

    public static final int DEFAULT_DAYS = 30;

    public RatingWindow {
        if (days < 1) {
            throw new IllegalArgumentException("a rating window needs at least one day: " + days);
        }
    }

    /** The first instant at which rating is no longer accepted. */
    public OffsetDateTime closesAt(OffsetDateTime openedAt) {
        return openedAt.plusDays(days);
    }

    /** Open until {@link #closesAt}; a clock slightly behind the producer's still counts as open. */
    public boolean isOpen(OffsetDateTime openedAt, OffsetDateTime now) {
        return now.isBefore(closesAt(openedAt));
    }
}

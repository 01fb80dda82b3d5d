package org.onewindow.rating.ratings.domain;

/**
 * What a rated case records for others to hear (internal: the contract mapper of the messaging adapter turns it into
 * {@code rating.RatingSubmitted}). Opening a stage is told to nobody: it only shows in the audit trail.
 */
public sealed interface RatingEvent {

    /** A rating was recorded. */
    record Rated(Rating rating) implements RatingEvent {
    }
}

package org.onewindow.rating.ratings.domain;

import java.util.Objects;

import org.onewindow.platform.kernel.UserId;

/**
 * What a rater asks to record: who they are (their name goes into the audit trail), which stage, which level,
 * optionally why.
 */
public record RatingRequest(UserId rater, String raterName, Stage stage, Level level, String comment) {

    public RatingRequest {
        Objects.requireNonNull(rater, "rater");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(level, "level");
    }
}

package org.onewindow.rating.ratings;

/** What a rater asks to record: who they are, which stage, which level, optionally why. */
public record RatingRequest(String raterUserId, Stage stage, Level level, String comment) {
}

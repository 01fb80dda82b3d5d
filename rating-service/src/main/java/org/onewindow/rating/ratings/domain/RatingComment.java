package org.onewindow.rating.ratings.domain;

import org.onewindow.platform.kernel.TextLimits;
import org.onewindow.platform.kernel.PersonalData;
import org.onewindow.platform.kernel.RuleViolation;

/** The rater's own words: at most {@value #MAX_LENGTH} characters, personal data masked, blank means none. */
public final class RatingComment {

    public static final int MAX_LENGTH = TextLimits.SHORT_TEXT;

    private RatingComment() {
    }

    /** The comment as it may be stored and published, or null when there is none. */
    public static String clean(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String trimmed = comment.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
            throw new RuleViolation("comment", "rating.comment-too-long",
                    "a comment has at most " + MAX_LENGTH + " characters");
        }
        return PersonalData.maskText(trimmed);
    }
}

package org.onewindow.rating.rectifications.domain;

import org.onewindow.platform.kernel.PersonalData;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.TextLimits;

/** A reason, measure or note given with a step: required, at most {@value #MAX_LENGTH} characters, masked. */
public final class RectificationText {

    public static final int MAX_LENGTH = TextLimits.SHORT_TEXT;

    private RectificationText() {
    }

    /** The text as it may be stored and published (personal data masked). */
    public static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(field, "rectification." + field + "-required", field + " must be given");
        }
        String trimmed = text.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
            throw new RuleViolation(field, "rectification.text-too-long",
                    field + " has at most " + MAX_LENGTH + " characters");
        }
        return PersonalData.maskText(trimmed);
    }
}

package org.onewindow.platform.kernel;

import java.util.Objects;

/**
 * One broken rule: which field (or {@code null} for a rule on the whole request), the rule's stable
 * identifier (e.g. {@code resident-id.check-character}) and a human message.
 *
 * <p>Messages must never quote personal data (a resident ID, a phone number): they end up in problem
 * documents and logs.
 */
public record Violation(String field, String rule, String message) {

    public Violation {
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("a violation needs a rule identifier");
        }
        message = Objects.requireNonNullElse(message, rule);
    }

    /** A violation of a rule on the whole request rather than on one field. */
    public static Violation ofRequest(String rule, String message) {
        return new Violation(null, rule, message);
    }
}

package org.onewindow.review.cases;

/**
 * Why a command on a case is refused: a stable rule id (the problem document's type), the field at fault
 * when the input is to blame, and a message naming the current state. The kind says how the web edge
 * answers: FORBIDDEN 403, CONFLICT 409, INVALID 422.
 */
public record Refusal(Kind kind, String rule, String field, String message) {

    public enum Kind {
        FORBIDDEN,
        CONFLICT,
        INVALID,
        NOT_FOUND
    }

    public static Refusal forbidden(String rule, String message) {
        return new Refusal(Kind.FORBIDDEN, rule, null, message);
    }

    public static Refusal conflict(String rule, String message) {
        return new Refusal(Kind.CONFLICT, rule, null, message);
    }

    public static Refusal invalid(String field, String rule, String message) {
        return new Refusal(Kind.INVALID, rule, field, message);
    }

    public static Refusal notFound(String rule, String message) {
        return new Refusal(Kind.NOT_FOUND, rule, null, message);
    }
}

package org.onewindow.review.cases.domain;

import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;

/**
 * Why a command on a case is refused: a stable rule id (the problem document's type), the field at fault
 * when the input is to blame, and a message naming the current state. The kind picks the kernel exception,
 * and with it the answer at the web edge: FORBIDDEN 403, CONFLICT 409, INVALID 422, NOT_FOUND 404.
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

    /** {@code field} names the resource kind ("task"), {@code message} its id. */
    public static Refusal notFound(String resource, String id) {
        return new Refusal(Kind.NOT_FOUND, "review.not-found", resource, id);
    }

    /** The kernel exception that carries this refusal; nothing has changed on the case when it is thrown. */
    public static RuntimeException toException(Refusal refusal) {
        return switch (refusal.kind()) {
            case FORBIDDEN -> new NotPermitted(refusal.rule(), refusal.message());
            case CONFLICT -> new StateConflict(refusal.rule(), refusal.message());
            case INVALID -> new RuleViolation(refusal.field(), refusal.rule(), refusal.message());
            case NOT_FOUND -> new NotFound(refusal.field(), refusal.message());
        };
    }
}

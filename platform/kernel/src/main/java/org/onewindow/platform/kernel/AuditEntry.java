package org.onewindow.platform.kernel;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of an audit trail, the same shape in every service: when, what, who (see {@link AuditActor}) and a
 * short detail. The detail never carries personal data: trails are shown to staff and, in intake, on the public
 * tracking page.
 *
 * @param action an upper-case verb of the service's vocabulary (SUBMITTED, OPINION_GIVEN, CLAIMED, ...)
 */
public record AuditEntry(Instant at, String action, AuditActor actor, String detail) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs an action");
        }
        detail = detail == null ? "" : detail;
    }

    public static AuditEntry of(Instant at, String action, AuditActor actor, String detail) {
        return new AuditEntry(at, action, actor, detail);
    }
}

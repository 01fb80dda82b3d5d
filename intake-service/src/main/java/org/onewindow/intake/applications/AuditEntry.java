package org.onewindow.intake.applications;

import java.time.OffsetDateTime;

/**
 * One line of a case's audit trail: what happened, who acted, in which role, for whom, when. {@code detail} never
 * contains personal data, because the public tracking page shows it.
 */
public record AuditEntry(OffsetDateTime at, String action, String actorId, String actorRole, String onBehalfOf, String detail) {

    static AuditEntry of(OffsetDateTime at, String action, ActingUser by, String detail) {
        return new AuditEntry(at, action, by.userId(), by.role(), by.onBehalfOf(), detail);
    }
}

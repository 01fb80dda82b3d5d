package org.onewindow.supervision.records;

import java.time.OffsetDateTime;

/**
 * One line of a record's audit trail: who acted, in which role, for whom, when, and what happened.
 *
 * @param onBehalfOf the person acted for (代办), null when acting for oneself
 */
public record AuditEntry(String action, String actorId, String actorName, String actorRole, String onBehalfOf,
                         OffsetDateTime at, String detail) {

    /** The system itself (push on a decision, escalation by the scan). */
    public static final String SYSTEM = "system";

    static AuditEntry bySystem(String action, OffsetDateTime at, String detail) {
        return new AuditEntry(action, SYSTEM, "OneWindow supervision", "SYSTEM", null, at, detail);
    }
}

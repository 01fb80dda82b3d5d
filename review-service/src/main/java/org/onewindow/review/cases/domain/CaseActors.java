package org.onewindow.review.cases.domain;

import org.onewindow.platform.kernel.AuditActor;

/** Who a case's audit trail names when no member of staff acts through the API. */
final class CaseActors {

    /** How the platform names what review itself caused (a consumed event, the warning scan). */
    static final String PRINCIPAL = "system:review";

    /**
     * The case changing by itself (opening, a serial hand-over, the decision, a supplement's arrival): shown as
     * {@code system}/{@code SYSTEM} as it always was, caused by review.
     */
    static final AuditActor SYSTEM = new AuditActor("system", null, AuditActor.SYSTEM_ROLE, null, PRINCIPAL);

    private CaseActors() {
    }

    /** Supervision's officer who suspended or revoked a licence; review recorded it on consuming the event. */
    static AuditActor supervisor(String userId) {
        return new AuditActor(userId, null, "SUPERVISOR", null, PRINCIPAL);
    }
}

package org.onewindow.rating.ratings.domain;

import org.onewindow.platform.kernel.AuditActor;

/** Who the audit trail names for what rating itself did (a stage opened by an event, a rectification opened). */
public final class RatingAudit {

    /**
     * User id and role {@code SYSTEM} as the case's audit trail has always shown them; the principal names the
     * service, as on every line the platform writes for a consumed event.
     */
    public static final AuditActor SYSTEM = new AuditActor(AuditActor.SYSTEM_ROLE, "OneWindow rating",
            AuditActor.SYSTEM_ROLE, null, AuditActor.system("rating").principal());

    private RatingAudit() {
    }
}

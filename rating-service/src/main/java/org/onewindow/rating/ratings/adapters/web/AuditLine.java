package org.onewindow.rating.ratings.adapters.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.swagger.v3.oas.annotations.media.Schema;

import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.AuditEntry;

/**
 * One line of a case's audit trail as {@code GET /cases/{caseNumber}} has always shown it: who acted, in which
 * role, for whom (代办), what, when.
 *
 * Named {@code AuditEntry} in the OpenAPI document, as before the platform's audit trail.
 *
 * @param role       APPLICANT or AGENT for a rater, SYSTEM for what an event caused
 * @param onBehalfOf the applicant's user id when an agent acted; null otherwise
 */
@Schema(name = "AuditEntry")
public record AuditLine(OffsetDateTime at, String userId, String role, String onBehalfOf, String action, String detail) {

    /** The line with the user ids of raters masked ({@link RaterNames#mask}); the service's own lines stay named. */
    AuditLine withUsersMasked() {
        if (AuditActor.SYSTEM_ROLE.equals(role)) {
            return this;
        }
        return new AuditLine(at, RaterNames.mask(userId), role, RaterNames.mask(onBehalfOf), action, detail);
    }

    static AuditLine of(AuditEntry entry) {
        return new AuditLine(OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC), entry.actor().userId(),
                entry.actor().role(), entry.actor().onBehalfOf(), entry.action(), entry.detail());
    }
}

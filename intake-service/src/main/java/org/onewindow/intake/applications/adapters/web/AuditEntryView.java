package org.onewindow.intake.applications.adapters.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.onewindow.platform.kernel.AuditEntry;

/**
 * One line of a case's audit trail as {@code GET /applications/{caseNumber}/history} has always shown it: what
 * happened, who acted, in which role, for whom, when (UTC). {@code detail} never contains personal data, because
 * the public tracking page shows it.
 */
public record AuditEntryView(OffsetDateTime at, String action, String actorId, String actorRole, String onBehalfOf,
                             String detail) {

    /**
     * @param unmasked whether the caller sees the applicant's personal data; if not, the name of the applicant an
     *                 agent acted for ({@code onBehalfOf}) is masked as in the application's view
     */
    static AuditEntryView of(AuditEntry entry, boolean unmasked) {
        String onBehalfOf = entry.actor().onBehalfOf();
        return new AuditEntryView(entry.at().atOffset(ZoneOffset.UTC), entry.action(), entry.actor().userId(),
                entry.actor().role(), unmasked ? onBehalfOf : ApplicationView.maskName(onBehalfOf), entry.detail());
    }
}

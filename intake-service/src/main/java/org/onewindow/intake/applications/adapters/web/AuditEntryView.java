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

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.at().atOffset(ZoneOffset.UTC), entry.action(), entry.actor().userId(),
                entry.actor().role(), entry.actor().onBehalfOf(), entry.detail());
    }
}

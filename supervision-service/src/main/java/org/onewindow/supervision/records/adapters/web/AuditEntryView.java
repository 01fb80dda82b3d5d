package org.onewindow.supervision.records.adapters.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.onewindow.platform.kernel.AuditEntry;

/**
 * One line of a record's audit trail as the API has always shown it: who acted, in which role, for whom, when, and
 * what happened.
 *
 * @param onBehalfOf the person acted for (代办), null when acting for oneself (in supervision every command is the
 *                   caller's own)
 * @param principal  the authenticated caller the line came from: the token's subject, or {@code system:supervision}
 *                   for what an event or a scan caused
 */
public record AuditEntryView(String action, String actorId, String actorName, String actorRole, String onBehalfOf,
                             String principal, OffsetDateTime at, String detail) {

    /** {@code at} in UTC, as the stored timestamp always read. */
    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.action(), entry.actor().userId(), entry.actor().name(), entry.actor().role(),
                entry.actor().onBehalfOf(), entry.actor().principal(), OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC),
                entry.detail());
    }
}

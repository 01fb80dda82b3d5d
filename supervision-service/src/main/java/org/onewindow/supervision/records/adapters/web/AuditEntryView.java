package org.onewindow.supervision.records.adapters.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.onewindow.platform.kernel.AuditEntry;

/**
 * One line of a record's audit trail as the API has always shown it: who acted, in which role, for whom, when, and
 * what happened.
 *
 * @param onBehalfOf the person acted for (代办), null when acting for oneself
 */
public record AuditEntryView(String action, String actorId, String actorName, String actorRole, String onBehalfOf,
                             OffsetDateTime at, String detail) {

    /** {@code at} in UTC, as the stored timestamp always read. */
    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.action(), entry.actor().userId(), entry.actor().name(), entry.actor().role(),
                entry.actor().onBehalfOf(), OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC), entry.detail());
    }
}

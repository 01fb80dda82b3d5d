package org.onewindow.catalog.items.adapters.web;

import java.time.Instant;
import java.util.Optional;

import org.onewindow.catalog.items.domain.ChangeAction;
import org.onewindow.catalog.items.domain.ItemAudit;
import org.onewindow.platform.kernel.AuditEntry;

/** One entry of an item's change log (变更记录): who did what to which version, in which role, and why. */
public record ItemChange(String itemCode, int version, ChangeAction action, String actorId, String actorName,
                         String role, String reason, Instant at) {

    /** The audit line as the change log has always shown it; empty for a line that is not an item change. */
    static Optional<ItemChange> of(String itemCode, AuditEntry entry) {
        return ItemAudit.read(entry).map(line -> new ItemChange(itemCode, line.version(), line.action(),
                entry.actor().userId(), entry.actor().name(), entry.actor().role(), line.reason(), entry.at()));
    }
}

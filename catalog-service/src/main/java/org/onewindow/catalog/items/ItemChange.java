package org.onewindow.catalog.items;

import java.time.Instant;

/** One entry of an item's change log (变更记录): who did what to which version, in which role, and why. */
public record ItemChange(String itemCode, int version, ChangeAction action, String actorId, String actorName,
                         String role, String reason, Instant at) {

    static ItemChange of(ItemVersion version, ChangeAction action, Authorship by) {
        return new ItemChange(version.itemCode(), version.number(), action, by.actor().userId(), by.actor().name(),
                by.role(), by.reason(), by.at());
    }
}

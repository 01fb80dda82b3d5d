package org.onewindow.catalog.items.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One numbered version of an item. Versions are never deleted: a case keeps the version it was
 * accepted under, so a superseded or revoked version stays readable.
 *
 * @param effectiveFrom  生效日期, set on publication
 * @param effectiveUntil 截止日期, set when superseded or revoked
 */
public record ItemVersion(String itemCode, int number, VersionStatus status, ItemDefinition definition,
                          LocalDate effectiveFrom, LocalDate effectiveUntil, Instant changedAt) {

    ItemVersion withDefinition(ItemDefinition newDefinition, Instant at) {
        return new ItemVersion(itemCode, number, status, newDefinition, effectiveFrom, effectiveUntil, at);
    }

    ItemVersion moveTo(VersionStatus newStatus, LocalDate from, LocalDate until, Instant at) {
        return new ItemVersion(itemCode, number, newStatus, definition, from, until, at);
    }

    public String describe() {
        return "version " + number + " of " + itemCode + " is " + status;
    }
}

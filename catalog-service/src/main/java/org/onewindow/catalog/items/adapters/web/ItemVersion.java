package org.onewindow.catalog.items.adapters.web;

import java.time.Instant;
import java.time.LocalDate;

import org.onewindow.catalog.items.domain.VersionStatus;

/**
 * One numbered version of an item as the API shows it (the domain's {@code ItemVersion}, with the definition in
 * its API form). Versions are never deleted: a case keeps the version it was accepted under, so a superseded or
 * revoked version stays readable.
 *
 * @param effectiveFrom  生效日期, set on publication
 * @param effectiveUntil 截止日期, set when superseded or revoked
 */
public record ItemVersion(String itemCode, int number, VersionStatus status, ItemDefinition definition,
                          LocalDate effectiveFrom, LocalDate effectiveUntil, Instant changedAt) {

    public static ItemVersion of(org.onewindow.catalog.items.domain.ItemVersion v) {
        return new ItemVersion(v.itemCode(), v.number(), v.status(), ItemDefinition.of(v.definition()),
                v.effectiveFrom(), v.effectiveUntil(), v.changedAt());
    }
}

package org.onewindow.catalog.items.domain;

import java.time.Instant;
import java.util.Objects;

import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.RuleViolation;

/**
 * Who makes a change (a person acting in a role, or the catalog itself), why, and when: every catalog change
 * carries one, and its audit line and event name them.
 */
public record Authorship(AuditActor actor, String reason, Instant at) {

    public Authorship {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "change.reason-required", "every catalog change needs a reason");
        }
    }
}

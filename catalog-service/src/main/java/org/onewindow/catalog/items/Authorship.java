package org.onewindow.catalog.items;

import java.time.Instant;
import java.util.Objects;

import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.RuleViolation;

/** Who makes a change, acting in which role, why, and when: every catalog change carries one. */
public record Authorship(Actor actor, String role, String reason, Instant at) {

    public Authorship {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "change.reason-required", "every catalog change needs a reason");
        }
    }
}

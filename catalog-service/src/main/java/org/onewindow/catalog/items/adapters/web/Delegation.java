package org.onewindow.catalog.items.adapters.web;

import jakarta.validation.constraints.Size;
import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;
import java.util.List;

import org.onewindow.catalog.items.domain.DelegationKind;
import org.onewindow.catalog.organisation.domain.Level;

/**
 * A city power made available at a lower level (下放 / 委托 / 延伸 / 代办): at the named centres of
 * that level, or at every centre of the level when {@code centres} is empty. The API form of the domain's
 * {@code Delegation} (which turns a missing list into an empty one), with the input limits.
 */
public record Delegation(Level level, DelegationKind kind,
                         @Size(max = ListLimits.CENTRES) List<@Size(max = TextLimits.CODE) @SingleLine String> centres) {

    static Delegation of(org.onewindow.catalog.items.domain.Delegation d) {
        return new Delegation(d.level(), d.kind(), d.centres());
    }

    org.onewindow.catalog.items.domain.Delegation toDomain() {
        return new org.onewindow.catalog.items.domain.Delegation(level, kind, centres);
    }
}

package org.onewindow.catalog.items.domain;

import java.util.List;

import org.onewindow.catalog.organisation.domain.Level;

/**
 * A city power made available at a lower level (下放 / 委托 / 延伸 / 代办): at the named centres of
 * that level, or at every centre of the level when {@code centres} is empty.
 */
public record Delegation(Level level, DelegationKind kind,
                         List<String> centres) {

    public Delegation {
        centres = centres == null ? List.of() : List.copyOf(centres);
    }

    public boolean covers(String centre, Level centreLevel) {
        return level == centreLevel && (centres.isEmpty() || centres.contains(centre));
    }
}

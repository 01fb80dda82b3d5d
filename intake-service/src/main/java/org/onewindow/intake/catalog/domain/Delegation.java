package org.onewindow.intake.catalog.domain;

import java.util.List;

/**
 * Where a city power is offered below the city.
 *
 * @param centres service centre codes; empty means every centre of that level
 */
public record Delegation(CentreLevel level, DelegationMode mode, List<String> centres) {

    public Delegation {
        centres = centres == null ? List.of() : List.copyOf(centres);
    }
}

package org.onewindow.catalog.organisation.domain;

import java.util.List;

/**
 * A department (部门) with its power list (权责清单): the item codes it holds the power for.
 */
public record Department(String code, String name, List<String> powers) {

    public Department {
        powers = powers == null ? List.of() : List.copyOf(powers);
    }
}

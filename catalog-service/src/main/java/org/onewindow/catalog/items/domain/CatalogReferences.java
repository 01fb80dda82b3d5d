package org.onewindow.catalog.items.domain;

import java.util.Optional;

import org.onewindow.catalog.organisation.domain.Level;

/** What validation needs to know about the rest of the catalog: which departments and centres exist. */
public interface CatalogReferences {

    boolean departmentExists(String code);

    /** The level of the centre, or empty when there is no such centre. */
    Optional<Level> centreLevel(String code);
}

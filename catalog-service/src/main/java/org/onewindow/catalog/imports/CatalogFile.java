package org.onewindow.catalog.imports;

import java.time.LocalDate;
import java.util.List;

import org.onewindow.catalog.items.ItemDefinition;
import org.onewindow.catalog.organisation.Department;
import org.onewindow.catalog.organisation.ServiceCentre;

/** The import format: departments, centres and items; each item is published as a new version. */
public record CatalogFile(List<Department> departments, List<ServiceCentre> centres, List<ItemEntry> items) {

    public CatalogFile {
        departments = departments == null ? List.of() : List.copyOf(departments);
        centres = centres == null ? List.of() : List.copyOf(centres);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One item; {@code effectiveFrom} defaults to the day of the import. */
    public record ItemEntry(String itemCode, LocalDate effectiveFrom, ItemDefinition definition) {
    }
}

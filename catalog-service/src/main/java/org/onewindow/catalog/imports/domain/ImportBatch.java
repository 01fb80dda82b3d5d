package org.onewindow.catalog.imports.domain;

import java.time.LocalDate;
import java.util.List;

import org.onewindow.catalog.items.domain.ItemDefinition;
import org.onewindow.catalog.organisation.domain.Department;
import org.onewindow.catalog.organisation.domain.ServiceCentre;

/** The rows of one import file (JSON or CSV), in file order: departments, centres and items. */
public record ImportBatch(List<Department> departments, List<ServiceCentre> centres, List<ItemEntry> items) {

    public ImportBatch {
        departments = List.copyOf(departments);
        centres = List.copyOf(centres);
        items = List.copyOf(items);
    }

    /** One item; {@code effectiveFrom} defaults to the day of the import. */
    public record ItemEntry(String itemCode, LocalDate effectiveFrom, ItemDefinition definition) {
    }
}

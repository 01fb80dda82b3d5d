package org.onewindow.catalog.imports;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.onewindow.catalog.items.ItemDefinition;
import org.onewindow.catalog.organisation.Department;
import org.onewindow.catalog.organisation.ServiceCentre;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;

/** The import format: departments, centres and items; each item is published as a new version. */
public record CatalogFile(List<Department> departments, List<ServiceCentre> centres, List<ItemEntry> items) {

    public CatalogFile {
        departments = departments == null ? List.of() : List.copyOf(departments);
        centres = centres == null ? List.of() : List.copyOf(centres);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One item; {@code effectiveFrom} defaults to the day of the import. */
    public record ItemEntry(@Size(max = TextLimits.CODE) @SingleLine String itemCode, LocalDate effectiveFrom,
                            ItemDefinition definition) {
    }
}

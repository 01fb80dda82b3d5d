package org.onewindow.catalog.imports.adapters.file;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.onewindow.catalog.imports.domain.ImportBatch;
import org.onewindow.catalog.items.adapters.web.ItemDefinition;
import org.onewindow.catalog.organisation.adapters.web.Department;
import org.onewindow.catalog.organisation.adapters.web.ServiceCentre;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;

/**
 * The import format (JSON, and what a CSV file is read into): departments, centres and items with the API's input
 * limits on every field; each item is published as a new version.
 */
public record CatalogFile(List<Department> departments, List<ServiceCentre> centres, List<ItemEntry> items) {

    public CatalogFile {
        departments = departments == null ? List.of() : List.copyOf(departments);
        centres = centres == null ? List.of() : List.copyOf(centres);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The file's rows as the domain sees them (same rows, same order: a rejected row keeps its index). */
    public ImportBatch toBatch() {
        return new ImportBatch(departments.stream().map(Department::toDomain).toList(),
                centres.stream().map(ServiceCentre::toDomain).toList(),
                items.stream().map(i -> new ImportBatch.ItemEntry(i.itemCode(), i.effectiveFrom(),
                        i.definition() == null ? null : i.definition().toDomain())).toList());
    }

    /** One item; {@code effectiveFrom} defaults to the day of the import. */
    public record ItemEntry(@Size(max = TextLimits.CODE) @SingleLine String itemCode, LocalDate effectiveFrom,
                            ItemDefinition definition) {
    }
}

package org.onewindow.catalog.imports.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.onewindow.catalog.items.domain.CatalogReferences;
import org.onewindow.catalog.items.domain.ItemDefinitionPolicy;
import org.onewindow.catalog.organisation.domain.CentrePolicy;
import org.onewindow.catalog.organisation.domain.Department;
import org.onewindow.catalog.organisation.domain.Level;
import org.onewindow.catalog.organisation.domain.ServiceCentre;
import org.onewindow.platform.kernel.Violation;

/**
 * Checks a whole file against the catalog as it would be after the import (existing departments and centres
 * plus those in the file), and returns every rejected row. Plain Java: the caller writes only if none is rejected.
 */
public final class ImportValidator {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,63}");

    private ImportValidator() {
    }

    public static List<ImportReport.RejectedRow> check(ImportBatch file, CatalogReferences existing) {
        Set<String> departments = new HashSet<>();
        Map<String, Level> centres = new HashMap<>();
        file.departments().forEach(d -> departments.add(d.code()));
        file.centres().forEach(c -> centres.put(c.code(), c.level()));
        CatalogReferences combined = new CatalogReferences() {
            @Override
            public boolean departmentExists(String code) {
                return departments.contains(code) || existing.departmentExists(code);
            }

            @Override
            public Optional<Level> centreLevel(String code) {
                return Optional.ofNullable(centres.get(code)).or(() -> existing.centreLevel(code));
            }
        };
        List<ImportReport.RejectedRow> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < file.departments().size(); i++) {
            Department d = file.departments().get(i);
            List<Violation> found = new ArrayList<>();
            code(d.code(), "code", seen, "department:", found);
            if (d.name() == null || d.name().isBlank()) {
                found.add(new Violation("name", "department.name-required", "a department needs a name"));
            }
            reject(rejected, "departments", i, d.code(), found);
        }
        for (int i = 0; i < file.centres().size(); i++) {
            ServiceCentre c = file.centres().get(i);
            List<Violation> found = new ArrayList<>();
            code(c.code(), "code", seen, "centre:", found);
            found.addAll(CentrePolicy.check(c, combined::centreLevel));
            reject(rejected, "centres", i, c.code(), found);
        }
        ItemDefinitionPolicy policy = new ItemDefinitionPolicy(combined);
        for (int i = 0; i < file.items().size(); i++) {
            ImportBatch.ItemEntry entry = file.items().get(i);
            List<Violation> found = new ArrayList<>();
            code(entry.itemCode(), "itemCode", seen, "item:", found);
            if (entry.definition() == null) {
                found.add(new Violation("definition", "item.definition-required", "the item's fields are missing"));
            } else {
                found.addAll(policy.check(entry.definition()));
            }
            reject(rejected, "items", i, entry.itemCode(), found);
        }
        return List.copyOf(rejected);
    }

    private static void code(String code, String field, Set<String> seen, String kind, List<Violation> found) {
        if (code == null || !CODE.matcher(code).matches()) {
            found.add(new Violation(field, "import.code-format", "a code is 2 to 64 capital letters, digits or hyphens"));
        } else if (!seen.add(kind + code)) {
            found.add(new Violation(field, "import.code-unique", code + " appears twice in the file"));
        }
    }

    private static void reject(List<ImportReport.RejectedRow> rejected, String section, int index, String key,
                               List<Violation> found) {
        if (!found.isEmpty()) {
            rejected.add(new ImportReport.RejectedRow(section, index, key, List.copyOf(found)));
        }
    }
}

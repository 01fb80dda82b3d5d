package org.onewindow.catalog.imports.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.onewindow.catalog.imports.domain.ImportBatch;
import org.onewindow.catalog.imports.domain.ImportReport;
import org.onewindow.catalog.imports.domain.ImportValidator;
import org.onewindow.catalog.items.application.ItemCatalog;
import org.onewindow.catalog.organisation.application.Organisation;
import org.onewindow.catalog.organisation.application.OrganisationReads;
import org.onewindow.catalog.organisation.domain.ServiceCentre;
import org.onewindow.platform.kernel.AuditActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a catalog file: validates every row first and, only if none is rejected, writes all of it in one
 * transaction (every department, centre and item through its command path, which joins it). Used by the admin
 * endpoint, the command-line run mode and the demo catalog.
 */
@Service
public class CatalogImporter {

    /** The actor recorded for imports that no person started (start-up, command line). */
    public static final AuditActor SYSTEM = new AuditActor("catalog-import", "目录导入", AuditActor.SYSTEM_ROLE, null,
            AuditActor.system("catalog").principal());

    /**
     * A file as its format adapter read it: the rows, the fields the format could not read, and the fields over
     * their input limits (each list by row, reported together with the policy's findings).
     */
    public record ImportInput(ImportBatch batch, List<ImportReport.RejectedRow> unreadable,
                              List<ImportReport.RejectedRow> overLimits) {
    }

    private final OrganisationReads organisationReads;
    private final Organisation organisation;
    private final ItemCatalog items;

    public CatalogImporter(OrganisationReads organisationReads, Organisation organisation, ItemCatalog items) {
        this.organisationReads = organisationReads;
        this.organisation = organisation;
        this.items = items;
    }

    @Transactional
    public ImportReport importFile(ImportInput input, AuditActor actor, String reason) {
        ImportBatch file = input.batch();
        List<ImportReport.RejectedRow> rejected = merge(merge(input.unreadable(),
                ImportValidator.check(file, organisationReads)), input.overLimits());
        if (!rejected.isEmpty()) {
            return new ImportReport(false, 0, 0, 0, rejected);
        }
        file.departments().forEach(d -> organisation.save(d, null, actor));
        // parents before children: city, then town, then village centres
        file.centres().stream().sorted(Comparator.comparing(ServiceCentre::level))
                .forEach(c -> organisation.save(c, null, actor));
        for (ImportBatch.ItemEntry entry : file.items()) {
            items.createOrPublish(entry.itemCode(), entry.definition(), entry.effectiveFrom(), actor, reason);
        }
        return new ImportReport(true, file.departments().size(), file.centres().size(), file.items().size(), List.of());
    }

    private static List<ImportReport.RejectedRow> merge(List<ImportReport.RejectedRow> first,
                                                        List<ImportReport.RejectedRow> second) {
        Map<String, ImportReport.RejectedRow> rows = new TreeMap<>();
        for (ImportReport.RejectedRow row : concat(first, second)) {
            rows.merge(row.section() + "#" + String.format("%09d", row.index()), row, (a, b) -> new ImportReport.RejectedRow(
                    a.section(), a.index(), a.key(), concat(a.violations(), b.violations())));
        }
        return List.copyOf(rows.values());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

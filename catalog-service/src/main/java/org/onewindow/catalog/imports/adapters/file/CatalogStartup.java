package org.onewindow.catalog.imports.adapters.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.onewindow.catalog.config.CatalogProperties;
import org.onewindow.catalog.imports.application.CatalogImporter;
import org.onewindow.catalog.imports.domain.ImportReport;
import org.onewindow.catalog.organisation.application.OrganisationReads;
import org.onewindow.platform.kernel.StateConflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Start-up imports: the demo catalog when {@code onewindow.demo-data=true} and the catalog is still empty (so
 * restarts are safe), and the file named by {@code onewindow.catalog.import} (command-line import, JSON or — when
 * the name ends in {@code .csv} — CSV; with
 * {@code onewindow.catalog.import-exit=true} the process exits after it, non-zero if rows were rejected).
 */
@Component
public class CatalogStartup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogStartup.class);

    private final CatalogImporter importer;
    private final CatalogFiles files;
    private final OrganisationReads organisation;
    private final boolean demoData;
    private final String importFile;
    private final boolean exitAfterImport;

    public CatalogStartup(CatalogImporter importer, CatalogFiles files, OrganisationReads organisation,
                          CatalogProperties properties, CatalogProperties.DemoData demoData) {
        this.importer = importer;
        this.files = files;
        this.organisation = organisation;
        this.demoData = demoData.demoData();
        this.importFile = properties.importFile();
        this.exitAfterImport = properties.importExit();
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (demoData && organisation.countDepartments() == 0) {
            try (InputStream in = new ClassPathResource("demo/catalog.json").getInputStream()) {
                report("demo catalog", importer.importFile(files.json(in), CatalogImporter.SYSTEM, "演示目录"));
            } catch (StateConflict importedByAnotherInstance) {
                // several instances starting at once (./run-local.sh --instances=N) import the same demo catalog: the
                // import is one transaction, so the first one's stands whole; anything else is a real conflict
                if (organisation.countDepartments() == 0) {
                    throw importedByAnotherInstance;
                }
                LOG.info("Demo catalog imported by another instance meanwhile");
            }
        }
        if (!importFile.isBlank()) {
            ImportReport report;
            try (InputStream in = Files.newInputStream(Path.of(importFile))) {
                String reason = "命令行导入 " + importFile;
                report = importer.importFile(importFile.toLowerCase().endsWith(".csv") ? files.csv(in) : files.json(in),
                        CatalogImporter.SYSTEM, reason);
            }
            report(importFile, report);
            if (exitAfterImport) {
                System.exit(report.written() ? 0 : 2);
            }
        }
    }

    private static void report(String source, ImportReport report) {
        if (report.written()) {
            LOG.info("Imported {}: {} departments, {} centres, {} items", source, report.departments(),
                    report.centres(), report.items());
        } else {
            report.rejected().forEach(row -> LOG.warn("Rejected {} {}[{}] {}: {}", source, row.section(), row.index(),
                    row.key(), row.violations()));
            LOG.warn("Nothing imported from {}: {} rows rejected", source, report.rejected().size());
        }
    }
}

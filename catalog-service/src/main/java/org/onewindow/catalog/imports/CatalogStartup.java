package org.onewindow.catalog.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.onewindow.catalog.organisation.OrganisationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
    private final OrganisationRepository organisation;
    private final boolean demoData;
    private final String importFile;
    private final boolean exitAfterImport;

    public CatalogStartup(CatalogImporter importer, OrganisationRepository organisation,
                          @Value("${onewindow.demo-data:false}") boolean demoData,
                          @Value("${onewindow.catalog.import:}") String importFile,
                          @Value("${onewindow.catalog.import-exit:false}") boolean exitAfterImport) {
        this.importer = importer;
        this.organisation = organisation;
        this.demoData = demoData;
        this.importFile = importFile;
        this.exitAfterImport = exitAfterImport;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (demoData && organisation.countDepartments() == 0) {
            try (InputStream in = new ClassPathResource("demo/catalog.json").getInputStream()) {
                report("demo catalog", importer.importFile(importer.parse(in), CatalogImporter.SYSTEM, "SYSTEM", "演示目录"));
            }
        }
        if (!importFile.isBlank()) {
            ImportReport report;
            try (InputStream in = Files.newInputStream(Path.of(importFile))) {
                String reason = "命令行导入 " + importFile;
                report = importFile.toLowerCase().endsWith(".csv")
                        ? importer.importCsv(importer.parseCsv(in), CatalogImporter.SYSTEM, "SYSTEM", reason)
                        : importer.importFile(importer.parse(in), CatalogImporter.SYSTEM, "SYSTEM", reason);
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

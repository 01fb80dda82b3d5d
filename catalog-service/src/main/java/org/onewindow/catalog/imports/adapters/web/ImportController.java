package org.onewindow.catalog.imports.adapters.web;

import java.io.IOException;
import java.io.InputStream;

import org.onewindow.catalog.imports.adapters.file.CatalogFiles;
import org.onewindow.catalog.imports.adapters.file.CsvCatalogFormat;
import org.onewindow.catalog.imports.application.CatalogImporter;
import org.onewindow.catalog.imports.domain.ImportReport;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 目录导入: a JSON catalog file, or a CSV file of item versions ({@link CsvCatalogFormat}), as the raw body
 * ({@code application/json}, {@code text/csv}) or as multipart part {@code file} (CSV when named {@code *.csv} or
 * sent as {@code text/csv}).
 */
@RestController
@RequestMapping("/api/catalog/v1/imports")
public record ImportController(CatalogImporter importer, CatalogFiles files, CurrentActor currentActor) {

    private static final String ADMIN = "CATALOG_ADMIN";

    /** 201 with the report when written; 422 with the report of every rejected row when nothing was written. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ImportReport> importJson(InputStream body,
                                                   @RequestParam(defaultValue = "目录导入") String reason) {
        return respond(importer.importFile(files.json(body), actor(), reason));
    }

    @PostMapping(consumes = "text/csv")
    public ResponseEntity<ImportReport> importCsv(InputStream body, @RequestParam(defaultValue = "目录导入") String reason) {
        return respond(importer.importFile(files.csv(body), actor(), reason));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ImportReport> importMultipart(@RequestPart("file") MultipartFile file,
                                                        @RequestParam(defaultValue = "目录导入") String reason)
            throws IOException {
        boolean csv = "text/csv".equalsIgnoreCase(file.getContentType())
                || (file.getOriginalFilename() != null && file.getOriginalFilename().toLowerCase().endsWith(".csv"));
        try (InputStream in = file.getInputStream()) {
            return respond(importer.importFile(csv ? files.csv(in) : files.json(in), actor(), reason));
        }
    }

    private AuditActor actor() {
        return AuditActor.of(currentActor.current(), ADMIN);
    }

    private static ResponseEntity<ImportReport> respond(ImportReport report) {
        return ResponseEntity.status(report.written() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
    }
}

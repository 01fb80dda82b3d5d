package org.onewindow.catalog.imports;

import java.io.IOException;
import java.io.InputStream;

import org.onewindow.platform.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
@PreAuthorize("hasRole('CATALOG_ADMIN')")
public class ImportController {

    private static final String ADMIN = "CATALOG_ADMIN";

    private final CatalogImporter importer;
    private final CurrentActor currentActor;

    public ImportController(CatalogImporter importer, CurrentActor currentActor) {
        this.importer = importer;
        this.currentActor = currentActor;
    }

    /** 201 with the report when written; 422 with the report of every rejected row when nothing was written. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ImportReport> importJson(InputStream body,
                                                   @RequestParam(defaultValue = "目录导入") String reason) {
        return respond(importer.parse(body), reason);
    }

    @PostMapping(consumes = "text/csv")
    public ResponseEntity<ImportReport> importCsv(InputStream body, @RequestParam(defaultValue = "目录导入") String reason) {
        return respond(importer.importCsv(importer.parseCsv(body), currentActor.current(), ADMIN, reason));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ImportReport> importMultipart(@RequestPart("file") MultipartFile file,
                                                        @RequestParam(defaultValue = "目录导入") String reason)
            throws IOException {
        boolean csv = "text/csv".equalsIgnoreCase(file.getContentType())
                || (file.getOriginalFilename() != null && file.getOriginalFilename().toLowerCase().endsWith(".csv"));
        try (InputStream in = file.getInputStream()) {
            return csv ? respond(importer.importCsv(importer.parseCsv(in), currentActor.current(), ADMIN, reason))
                    : respond(importer.parse(in), reason);
        }
    }

    private ResponseEntity<ImportReport> respond(CatalogFile file, String reason) {
        return respond(importer.importFile(file, currentActor.current(), ADMIN, reason));
    }

    private static ResponseEntity<ImportReport> respond(ImportReport report) {
        return ResponseEntity.status(report.written() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
    }
}

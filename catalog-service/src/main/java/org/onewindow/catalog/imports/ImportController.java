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

/** 目录导入: a JSON catalog file as the raw body or as multipart part {@code file}. */
@RestController
@RequestMapping("/api/catalog/v1/imports")
@PreAuthorize("hasRole('CATALOG_ADMIN')")
public class ImportController {

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

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ImportReport> importMultipart(@RequestPart("file") MultipartFile file,
                                                        @RequestParam(defaultValue = "目录导入") String reason)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return respond(importer.parse(in), reason);
        }
    }

    private ResponseEntity<ImportReport> respond(CatalogFile file, String reason) {
        ImportReport report = importer.importFile(file, currentActor.current(), "CATALOG_ADMIN", reason);
        return ResponseEntity.status(report.written() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
    }
}

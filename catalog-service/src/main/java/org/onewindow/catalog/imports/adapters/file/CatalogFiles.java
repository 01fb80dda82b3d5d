package org.onewindow.catalog.imports.adapters.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.onewindow.catalog.imports.application.CatalogImporter.ImportInput;
import org.onewindow.catalog.imports.domain.ImportReport;
import org.onewindow.catalog.organisation.adapters.web.Department;
import org.onewindow.catalog.organisation.adapters.web.ServiceCentre;
import org.onewindow.platform.kernel.InputText;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.Violation;
import org.onewindow.platform.web.input.RecordLimits;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads catalog files (JSON, or CSV of item versions) into an import's input, with the API's input limits row by row. */
@Component
public record CatalogFiles(JsonMapper json) {

    public ImportInput json(InputStream in) {
        CatalogFile file;
        try {
            file = json.readValue(in, CatalogFile.class);
        } catch (JacksonException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().contains("Invalid UTF-8")) {
                throw new RuleViolation("file", InputText.INVALID_UTF8, "the file holds bytes that are not valid UTF-8");
            }
            throw new RuleViolation("file", "import.json-syntax", "the file is not a catalog JSON document: "
                    + e.getOriginalMessage());
        }
        return new ImportInput(file.toBatch(), List.of(), limits(file));
    }

    /** A CSV file of item versions ({@link CsvCatalogFormat}), UTF-8. */
    public ImportInput csv(InputStream in) {
        CsvCatalogFormat.Parsed csv;
        try {
            // strict: bytes that are not UTF-8 are refused, never silently replaced by U+FFFD
            csv = CsvCatalogFormat.parse(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes())).toString());
        } catch (CharacterCodingException e) {
            throw new RuleViolation("file", InputText.INVALID_UTF8, "the file holds bytes that are not valid UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ImportInput(csv.file().toBatch(), csv.unreadable(), limits(csv.file()));
    }

    /** The same input limits as the API's request bodies, row by row: lengths, list sizes, refused characters. */
    private static List<ImportReport.RejectedRow> limits(CatalogFile file) {
        List<ImportReport.RejectedRow> rows = new ArrayList<>();
        limits(rows, "departments", file.departments(), Department::code);
        limits(rows, "centres", file.centres(), ServiceCentre::code);
        limits(rows, "items", file.items(), CatalogFile.ItemEntry::itemCode);
        return rows;
    }

    private static <T> void limits(List<ImportReport.RejectedRow> rows, String section, List<T> entries,
                                   Function<T, String> key) {
        for (int i = 0; i < entries.size(); i++) {
            List<Violation> found = RecordLimits.check(entries.get(i));
            if (!found.isEmpty()) {
                // the key is reported back: never a refused value itself
                String shown = key.apply(entries.get(i));
                boolean clean = shown != null && found.stream().noneMatch(v -> "itemCode".equals(v.field())
                        || "code".equals(v.field()));
                rows.add(new ImportReport.RejectedRow(section, i, clean ? shown : null, found));
            }
        }
    }
}

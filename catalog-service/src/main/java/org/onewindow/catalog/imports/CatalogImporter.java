package org.onewindow.catalog.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.onewindow.catalog.items.Authorship;
import org.onewindow.catalog.items.ItemCatalogService;
import org.onewindow.catalog.organisation.Department;
import org.onewindow.catalog.organisation.OrganisationRepository;
import org.onewindow.catalog.organisation.OrganisationService;
import org.onewindow.catalog.organisation.ServiceCentre;
import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.InputText;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.Violation;
import org.onewindow.platform.web.input.RecordLimits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a catalog file: validates every row first and, only if none is rejected, writes all of it (and its
 * events) in one transaction. Used by the admin endpoint, the command-line run mode and the demo catalog.
 */
@Service
public class CatalogImporter {

    /** The actor recorded for imports that no person started (start-up, command line). */
    public static final Actor SYSTEM = new Actor("catalog-import", "目录导入", Set.of("SYSTEM"), null, null);

    private final JsonMapper json;
    private final OrganisationRepository organisation;
    private final OrganisationService organisationService;
    private final ItemCatalogService items;
    private final Clock clock;

    public CatalogImporter(JsonMapper json, OrganisationRepository organisation, OrganisationService organisationService,
                           ItemCatalogService items, Clock clock) {
        this.json = json;
        this.organisation = organisation;
        this.organisationService = organisationService;
        this.items = items;
        this.clock = clock;
    }

    public CatalogFile parse(InputStream in) {
        try {
            return json.readValue(in, CatalogFile.class);
        } catch (JacksonException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().contains("Invalid UTF-8")) {
                throw new RuleViolation("file", InputText.INVALID_UTF8, "the file holds bytes that are not valid UTF-8");
            }
            throw new RuleViolation("file", "import.json-syntax", "the file is not a catalog JSON document: "
                    + e.getOriginalMessage());
        }
    }

    /** A CSV file of item versions ({@link CsvCatalogFormat}), UTF-8. */
    public CsvCatalogFormat.Parsed parseCsv(InputStream in) {
        try {
            // strict: bytes that are not UTF-8 are refused, never silently replaced by U+FFFD
            return CsvCatalogFormat.parse(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes())).toString());
        } catch (CharacterCodingException e) {
            throw new RuleViolation("file", InputText.INVALID_UTF8, "the file holds bytes that are not valid UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public ImportReport importCsv(CsvCatalogFormat.Parsed csv, Actor actor, String role, String reason) {
        return importFile(csv.file(), csv.unreadable(), actor, role, reason);
    }

    @Transactional
    public ImportReport importFile(CatalogFile file, Actor actor, String role, String reason) {
        return importFile(file, List.of(), actor, role, reason);
    }

    /** {@code unreadable}: rows whose fields the file's format could not read, reported with the policy's findings. */
    private ImportReport importFile(CatalogFile file, List<ImportReport.RejectedRow> unreadable, Actor actor, String role,
                                    String reason) {
        List<ImportReport.RejectedRow> rejected = merge(merge(unreadable, ImportValidator.check(file, organisation)),
                limits(file));
        if (!rejected.isEmpty()) {
            return new ImportReport(false, 0, 0, 0, rejected);
        }
        file.departments().forEach(organisationService::save);
        // parents before children: city, then town, then village centres
        file.centres().stream().sorted(Comparator.comparing(ServiceCentre::level)).forEach(organisationService::save);
        for (CatalogFile.ItemEntry entry : file.items()) {
            items.createOrPublish(entry.itemCode(), entry.definition(), entry.effectiveFrom(),
                    new Authorship(actor, role, reason, clock.instant()));
        }
        return new ImportReport(true, file.departments().size(), file.centres().size(), file.items().size(), List.of());
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

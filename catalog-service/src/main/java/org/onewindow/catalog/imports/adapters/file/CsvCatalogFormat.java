package org.onewindow.catalog.imports.adapters.file;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.onewindow.catalog.items.domain.Channel;
import org.onewindow.catalog.items.adapters.web.Delegation;
import org.onewindow.catalog.items.domain.DelegationKind;
import org.onewindow.catalog.items.adapters.web.Fee;
import org.onewindow.catalog.items.adapters.web.ItemDefinition;
import org.onewindow.catalog.items.domain.ItemType;
import org.onewindow.catalog.items.domain.JointHandling;
import org.onewindow.catalog.items.adapters.web.Material;
import org.onewindow.catalog.items.domain.ResultType;
import org.onewindow.catalog.items.adapters.web.Route;
import org.onewindow.catalog.items.domain.RouteMode;
import org.onewindow.catalog.imports.domain.ImportReport;
import org.onewindow.catalog.organisation.domain.Level;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.Violation;

/**
 * 目录导入 (CSV): one row per item version, RFC 4180 (comma, double quotes, UTF-8), a header row naming the
 * {@link #COLUMNS} in any order. List fields are separated by {@code |}; the parts of a delegation, material or
 * fee by {@code :}. A field that cannot be read becomes a violation of rule {@code import.csv-format} naming the
 * column, and its value is left out, so the policy still reports everything else wrong with the row.
 */
public final class CsvCatalogFormat {

    public static final List<String> COLUMNS = List.of("itemCode", "effectiveFrom", "basicCode", "implementationCode",
            "name", "type", "legalBasis", "implementingDepartment", "handlingUnit", "supervisingDepartment", "level",
            "delegations", "acceptanceConditions", "materials", "promisedLimit", "statutoryLimit", "immediate", "fees",
            "routeMode", "twoPersonReview", "routeDepartments", "channels", "resultType", "visitsRequired");

    /** The file as a catalog file (items only) and the fields of each row that could not be read. */
    public record Parsed(CatalogFile file, List<ImportReport.RejectedRow> unreadable) {
    }

    private CsvCatalogFormat() {
    }

    public static Parsed parse(String text) {
        List<List<String>> rows = records(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (rows.isEmpty()) {
            throw new RuleViolation("file", "import.csv-header", "the CSV file needs a header row: " + String.join(",", COLUMNS));
        }
        Map<String, Integer> header = new HashMap<>();
        List<String> names = rows.getFirst();
        for (int i = 0; i < names.size(); i++) {
            header.put(names.get(i).trim(), i);
        }
        List<Violation> missing = COLUMNS.stream().filter(c -> !header.containsKey(c))
                .map(c -> new Violation("file", "import.csv-header", "the header has no column " + c)).toList();
        if (!missing.isEmpty()) {
            throw new RuleViolation(missing);
        }
        List<CatalogFile.ItemEntry> items = new ArrayList<>();
        List<ImportReport.RejectedRow> unreadable = new ArrayList<>();
        for (List<String> values : rows.subList(1, rows.size())) {
            if (values.stream().allMatch(String::isBlank)) {
                continue;
            }
            Row row = new Row(header, values, new ArrayList<>());
            items.add(row.entry());
            if (!row.problems().isEmpty()) {
                unreadable.add(new ImportReport.RejectedRow("items", items.size() - 1, row.text("itemCode"),
                        List.copyOf(row.problems())));
            }
        }
        return new Parsed(new CatalogFile(List.of(), List.of(), items), List.copyOf(unreadable));
    }

    /** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> records(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    private record Row(Map<String, Integer> header, List<String> values, List<Violation> problems) {

        CatalogFile.ItemEntry entry() {
            ItemDefinition definition = new ItemDefinition(blankToNull(text("basicCode")),
                    blankToNull(text("implementationCode")), blankToNull(text("name")),
                    read("type", v -> ItemType.valueOf(v.toUpperCase(Locale.ROOT)), "one of " + Arrays.toString(ItemType.values())),
                    blankToNull(text("legalBasis")), blankToNull(text("implementingDepartment")),
                    blankToNull(text("handlingUnit")), blankToNull(text("supervisingDepartment")),
                    read("level", Level::valueOf, "CITY, TOWN or VILLAGE"),
                    list("delegations", CsvCatalogFormat::delegation, "LEVEL:KIND:CENTRE+CENTRE, e.g. TOWN:DELEGATED:"),
                    list("acceptanceConditions", v -> v, ""),
                    list("materials", CsvCatalogFormat::material,
                            "CODE:name:Y|N required:originals:copies:Y|N deferrable:templateRef"),
                    read("promisedLimit", Integer::valueOf, "a whole number of working days"),
                    read("statutoryLimit", Integer::valueOf, "a whole number of working days"),
                    read("immediate", CsvCatalogFormat::yesNo, "Y or N"),
                    list("fees", CsvCatalogFormat::fee, "name:amount:legal basis"),
                    route(),
                    channels(),
                    read("resultType", ResultType::valueOf, "one of " + Arrays.toString(ResultType.values())),
                    read("visitsRequired", Integer::valueOf, "a whole number"),
                    optional("jointHandling").isEmpty() ? null : read("jointHandling", JointHandling::valueOf,
                            "UNIFIED, JOINT or CENTRALISED"),
                    blankToNull(optional("specialLaw")));
            return new CatalogFile.ItemEntry(blankToNull(text("itemCode")),
                    read("effectiveFrom", LocalDate::parse, "an ISO date, e.g. 2025-07-01"), definition);
        }

        /** A column the header may leave out (added with issue 10): empty when absent. */
        String optional(String column) {
            return header.containsKey(column) ? text(column) : "";
        }

        String text(String column) {
            int index = header.get(column);
            return index < values.size() ? values.get(index).trim() : "";
        }

        private Route route() {
            RouteMode mode = read("routeMode", RouteMode::valueOf, "PARALLEL or SERIAL");
            Boolean twoPersons = read("twoPersonReview", CsvCatalogFormat::yesNo, "Y or N");
            List<String> departments = list("routeDepartments", v -> v, "");
            return mode == null && departments.isEmpty() ? null
                    : new Route(mode, Boolean.TRUE.equals(twoPersons), departments);
        }

        private Set<Channel> channels() {
            return new LinkedHashSet<>(list("channels", Channel::valueOf, "WINDOW|ONLINE|MOBILE|VILLAGE_AGENT"));
        }

        private <T> T read(String column, Function<String, T> parser, String expected) {
            String value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return parser.apply(value);
            } catch (RuntimeException e) {
                problems.add(new Violation(column, "import.csv-format", "'" + value + "' is not " + expected));
                return null;
            }
        }

        private <T> List<T> list(String column, Function<String, T> parser, String expected) {
            String value = text(column);
            List<T> parsed = new ArrayList<>();
            if (value.isEmpty()) {
                return parsed;
            }
            String[] parts = value.split("\\|", -1);
            for (int i = 0; i < parts.length; i++) {
                try {
                    parsed.add(parser.apply(parts[i].trim()));
                } catch (RuntimeException e) {
                    problems.add(new Violation(column + "[" + i + "]", "import.csv-format",
                            "'" + parts[i].trim() + "' is not " + expected));
                }
            }
            return parsed;
        }
    }

    private static Delegation delegation(String value) {
        String[] p = parts(value, 3);
        List<String> centres = p[2].isBlank() ? List.of() : List.of(p[2].trim().split("\\+"));
        return new Delegation(Level.valueOf(p[0].trim()), DelegationKind.valueOf(p[1].trim()), centres);
    }

    private static Material material(String value) {
        String[] p = parts(value, 7);
        return new Material(p[0].trim(), p[1].trim(), yesNo(p[2]), Integer.parseInt(p[3].trim()),
                Integer.parseInt(p[4].trim()), yesNo(p[5]), blankToNull(p[6].trim()));
    }

    private static Fee fee(String value) {
        String[] p = parts(value, 3);
        return new Fee(p[0].trim(), new BigDecimal(p[1].trim()), p[2].trim());
    }

    /** Exactly {@code n} parts; the last keeps any further colons (a legal basis may quote one). */
    private static String[] parts(String value, int n) {
        String[] p = value.split(":", n);
        if (p.length != n) {
            throw new IllegalArgumentException("expected " + n + " parts");
        }
        return p;
    }

    private static Boolean yesNo(String value) {
        return switch (value.trim().toUpperCase(Locale.ROOT)) {
            case "Y", "YES", "TRUE", "是" -> true;
            case "N", "NO", "FALSE", "否", "" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

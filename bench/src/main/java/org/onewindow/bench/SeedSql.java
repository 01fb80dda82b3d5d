package org.onewindow.bench;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SQL of the history seed (see {@link Seed}): how one row of a template case becomes the same row of copy
 * {@code k}. Every value that identifies something is rewritten by the same pure functions in every database, so
 * references stay consistent across tables and across services without knowing each schema:
 * <ul>
 *   <li>a case number of the template day {@code C-CITY-01-20261130-000042} becomes {@code C-CITY-01-<day k>-000042},
 *       day k being 2001-01-01 plus k days (days no live case uses);</li>
 *   <li>a licence number {@code ITEM-2026-000042} (item, year, sequence) gets year {@code 1000 + k};</li>
 *   <li>a UUID (a uuid column, or a text value that is exactly a UUID, e.g. an inbox's event id) becomes
 *       {@code md5(uuid || '/' || k)}, the same in a uuid and in a text column;</li>
 *   <li>text, text arrays, json and jsonb are rewritten value by value where an index or a constraint holds them or
 *       they name a case ({@link #expression}), and copied as they are otherwise (a payload keeps its template's case
 *       number in its text); a serial or identity column takes its next value; everything else (times, numbers,
 *       booleans, bytea) is copied.</li>
 * </ul>
 */
final class SeedSql {

    private SeedSql() {
    }

    /** One column as information_schema describes it. */
    record Column(String name, String dataType, String udtName, String defaultValue, boolean identity,
                  boolean generated, boolean keyed) {

        /**
         * A column of this name is rewritten even when no index or constraint holds it: it names a case or a licence
         * (monitor compares {@code delivered_licence} with {@code licence_number}: left as the template's, every
         * copy raised a DELIVERY_MISMATCH alert).
         */
        static boolean namesACase(String name) {
            return name.contains("case") || name.contains("licence") || NAMING.contains(name);
        }

        /** Filled by the database: a sequence, an identity or a generated column. */
        boolean filledByDatabase() {
            return identity || generated || (defaultValue != null && defaultValue.startsWith("nextval("));
        }
    }

    /** The session's functions (pg_temp: gone with the connection), fixed to the template day and licence year. */
    static List<String> functions(String templateDay, String licenceYear) {
        requireDigits(templateDay, 8);
        requireDigits(licenceYear, 4);
        return List.of("""
                create or replace function pg_temp.seed_day(k int) returns text language sql immutable
                as $$ select to_char(date '2001-01-01' + k, 'YYYYMMDD') $$""", """
                create or replace function pg_temp.seed_uuid(u uuid, k int) returns uuid language sql immutable
                as $$ select md5(u::text || '/' || k)::uuid $$""", """
                create or replace function pg_temp.seed_cases(v text, k int) returns text language sql immutable
                as $$ select case when strpos(v, '-%1$s-') = 0 then v
                    else regexp_replace(v, '-%1$s-([0-9]{6})', '-' || pg_temp.seed_day(k) || '-\\1', 'g') end $$"""
                .formatted(templateDay), """
                create or replace function pg_temp.seed_licences(v text, k int) returns text language sql immutable
                as $$ select case when strpos(v, '-%1$s-') = 0 then v
                    else regexp_replace(v, '-%1$s-([0-9]{6})', '-' || (1000 + k) || '-\\1', 'g') end $$"""
                .formatted(licenceYear), """
                create or replace function pg_temp.seed_text(v text, k int) returns text language sql immutable
                as $$ select case
                    when length(v) = 36 and v ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                        then md5(lower(v) || '/' || k)::uuid::text
                    else pg_temp.seed_licences(pg_temp.seed_cases(v, k), k)
                    end $$""");
    }

    /** The regular expression that finds a case number of the template day in a row's text. */
    static String caseNumberPattern(String templateDay) {
        requireDigits(templateDay, 8);
        return "[A-Za-z0-9-]*-" + templateDay + "-[0-9]{6}";
    }

    private static final Set<String> NAMING = Set.of("subject", "key", "ce_subject", "licence_number", "number",
            "event_id", "message_id", "object_key", "object_prefix", "document_key");

    /**
     * The value of {@code column} of source row {@code s} in copy {@code k}. UUIDs are always rewritten; text, json
     * and arrays only where they take part in an index or a constraint or name a case ({@link Column#keyed}): that is
     * what plans and uniqueness depend on, and rewriting large documents (an application's item, an event's payload)
     * would cost most of the seeding time for nothing the database looks up. Such content keeps its template's text.
     */
    static String expression(Column column) {
        String c = "s." + quote(column.name());
        if (!column.keyed() && !column.dataType().equals("uuid") && !column.udtName().equals("_uuid")) {
            return c;
        }
        return switch (column.dataType()) {
            case "uuid" -> "pg_temp.seed_uuid(" + c + ", k)";
            case "text", "character varying", "character" -> "pg_temp.seed_text(" + c + ", k)";
            case "json", "jsonb" -> "pg_temp.seed_text(" + c + "::text, k)::" + column.dataType();
            case "ARRAY" -> switch (column.udtName()) {
                case "_text", "_varchar" -> mappedArray(c, "pg_temp.seed_text(x, k)");
                case "_uuid" -> mappedArray(c, "pg_temp.seed_uuid(x, k)");
                default -> c;
            };
            default -> c;
        };
    }

    private static String mappedArray(String c, String element) {
        return "case when " + c + " is null then null else array(select " + element + " from unnest(" + c
                + ") with ordinality u(x, i) order by i) end";
    }

    /**
     * Copies {@code k} in [from, to] of every row of {@code source} into {@code table}, in copy order and, within a
     * copy, in the order of {@code orderBy} (a serial key: an audit trail's chain and an outbox's order follow it).
     */
    static String insert(String table, String source, List<Column> columns, String orderBy) {
        List<Column> copied = columns.stream().filter(c -> !c.filledByDatabase()).toList();
        String names = copied.stream().map(c -> quote(c.name())).collect(Collectors.joining(", "));
        String values = copied.stream().map(SeedSql::expression).collect(Collectors.joining(", "));
        return "insert into " + quote(table) + " (" + names + ") select " + values + " from " + source
                + " s cross join generate_series(?, ?) k order by k" + (orderBy == null ? "" : ", s." + quote(orderBy))
                + " on conflict do nothing";
    }

    /** Tables that hold no case history (reference data, positions, sessions): never copied. */
    static final Set<String> NOT_HISTORY = Set.of("flyway_schema_history", "platform_calendar_year",
            "consumer_offset", "case_sequence", "catalog_item", "service_centre", "item_handling", "item_delegation",
            "feed_ticket", "draws", "dead_letter", "outbox_resolution", "upload_chunk", "upload_session");

    /** Tables copied whole per copy (their rows name an event, not a case). */
    static final Set<String> WHOLE = Set.of("inbox");

    /** The rows of {@code table} a copy repeats: the template cases' rows, published outbox rows only. */
    static String templateRows(String table, String templateDay) {
        String base = "select t.* from " + quote(table) + " t";
        if (WHOLE.contains(table)) {
            return base;
        }
        String rows = base + " where substring(t::text from '" + caseNumberPattern(templateDay)
                + "') in (select case_number from seed_template)";
        return table.equals("outbox") ? rows + " and t.published_at is not null" : rows;
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static void requireDigits(String value, int digits) {
        if (!value.matches("[0-9]{" + digits + "}")) {
            throw new IllegalArgumentException("expected " + digits + " digits: " + value);
        }
    }
}

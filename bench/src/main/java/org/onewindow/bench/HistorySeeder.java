package org.onewindow.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Seeds one service database with {@code copies} copies of its template cases' rows (the SQL is {@link SeedSql}'s),
 * table by table, parents before children, one transaction per batch of copies. Triggers run (the audit trail's
 * chain is sealed for each new subject as the command path would), constraints are checked.
 */
final class HistorySeeder {

    private final Connection connection;
    private final String templateDay;
    private final Collection<String> templates;
    private final boolean triggers;

    /**
     * @param templateDay 8 digits: the day of the template case numbers
     * @param templates   the template case numbers (of that day)
     * @param triggers    run triggers and foreign-key checks (the audit trail's seal computes each new subject's
     *                    chain, about 10x slower); without them ({@code session_replication_role = replica}) a copy
     *                    keeps its template's seq, prev_hash and hash, so the copies' chains do not verify
     */
    HistorySeeder(Connection connection, String templateDay, Collection<String> templates, boolean triggers) {
        this.connection = connection;
        this.templateDay = templateDay;
        this.templates = templates;
        this.triggers = triggers;
    }

    /**
     * Copies 1..copies, {@code batch} copies per transaction; returns the rows added per table. A row that exists
     * already (same key) is skipped, so an interrupted seed can be run again with the same templates and copies.
     */
    Map<String, Long> seed(int copies, int batch, java.util.function.Consumer<String> progress) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            if (!triggers) {
                statement.execute("set session_replication_role = replica");
            }
            for (String function : SeedSql.functions(templateDay, templateDay.substring(0, 4))) {
                statement.execute(function);
            }
            statement.execute("create temp table seed_template (case_number text primary key) on commit preserve rows");
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into seed_template values (?)")) {
            for (String caseNumber : templates) {
                insert.setString(1, caseNumber);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        connection.commit();

        Map<String, Long> added = new LinkedHashMap<>();
        for (String table : inDependencyOrder(tables())) {
            if (SeedSql.NOT_HISTORY.contains(table)) {
                continue;
            }
            List<SeedSql.Column> columns = columns(table);
            String source = "seed_src";
            long perCopy;
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop table if exists seed_src");
                perCopy = statement.executeUpdate("create temp table seed_src as " + SeedSql.templateRows(table, templateDay));
            }
            connection.commit();
            if (perCopy == 0) {
                continue;
            }
            String sql = SeedSql.insert(table, source, columns, serialColumn(columns));
            long rows = 0;
            long started = System.nanoTime();
            for (int from = 1; from <= copies; from += batch) {
                try (PreparedStatement insert = connection.prepareStatement(sql)) {
                    insert.setInt(1, from);
                    insert.setInt(2, Math.min(copies, from + batch - 1));
                    rows += insert.executeUpdate();
                }
                connection.commit();
            }
            added.put(table, rows);
            progress.accept("%s.%s: %d template rows x %d copies = %d rows in %.1f s".formatted(connection.getCatalog(),
                    table, perCopy, copies, rows, (System.nanoTime() - started) / 1e9));
        }
        connection.setAutoCommit(true);
        return added;
    }

    /** Rows per table (exact counts), for the report after seeding. */
    Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables()) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select count(*) from " + SeedSql.quote(table))) {
                rows.next();
                counts.put(table, rows.getLong(1));
            }
        }
        return counts;
    }

    /** Fresh statistics for the planner and visibility map after the bulk insert. */
    void vacuumAnalyze() throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze");
        }
    }

    private List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select table_name from information_schema.tables
                     where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private List<SeedSql.Column> columns(String table) throws SQLException {
        Set<String> keyed = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select a.attname from pg_index i
                join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                where i.indrelid = ?::regclass
                union
                select a.attname from pg_constraint k
                join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any(k.conkey)
                where k.conrelid = ?::regclass and k.contype = 'f'""")) {
            query.setString(1, SeedSql.quote(table));
            query.setString(2, SeedSql.quote(table));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keyed.add(rows.getString(1));
                }
            }
        }
        List<SeedSql.Column> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select column_name, data_type, udt_name, column_default, is_identity = 'YES', is_generated = 'ALWAYS'
                from information_schema.columns where table_schema = current_schema() and table_name = ?
                order by ordinal_position""")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    columns.add(new SeedSql.Column(name, rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getBoolean(5), rows.getBoolean(6),
                            keyed.contains(name) || SeedSql.Column.namesACase(name)));
                }
            }
        }
        return columns;
    }

    /** The serial column that orders a table's rows (an audit trail's id, an outbox's id), if any. */
    private static String serialColumn(List<SeedSql.Column> columns) {
        return columns.stream().filter(SeedSql.Column::filledByDatabase).map(SeedSql.Column::name).findFirst()
                .orElse(null);
    }

    /** Tables ordered so that a table comes after every table its foreign keys reference. */
    private List<String> inDependencyOrder(List<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select c.relname, p.relname from pg_constraint k
                     join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
                     where k.contype = 'f' and c.relnamespace = current_schema()::regnamespace""")) {
            while (rows.next()) {
                if (!rows.getString(1).equals(rows.getString(2))) {
                    parents.computeIfAbsent(rows.getString(1), t -> new HashSet<>()).add(rows.getString(2));
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(tables);
        int stuck = 0;
        while (!pending.isEmpty()) {
            String table = pending.poll();
            if (placed.containsAll(parents.getOrDefault(table, Set.of()))) {
                ordered.add(table);
                placed.add(table);
                stuck = 0;
            } else if (++stuck > pending.size() + 1) {
                throw new IllegalStateException("foreign keys form a cycle among " + pending);
            } else {
                pending.add(table);
            }
        }
        return ordered;
    }
}

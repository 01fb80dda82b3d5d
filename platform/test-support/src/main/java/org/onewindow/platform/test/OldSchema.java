package org.onewindow.platform.test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database as it stood before the migration under test, in a schema of its own: {@link #upTo} migrates it to the
 * version before, the test fills it the old way through {@link #sql}, {@link #migrateToLatest()} runs the rest, and
 * the reads below check what the migration made of it. Closing drops the schema.
 */
public final class OldSchema implements AutoCloseable {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final String name;

    private OldSchema(DataSource dataSource, String name) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.name = name;
    }

    /** A fresh schema migrated up to {@code version} (the service's and the platform's migrations). */
    public static OldSchema upTo(DataSource dataSource, String version) {
        OldSchema schema = new OldSchema(dataSource, "before_" + version.replace('.', '_') + "_"
                + UUID.randomUUID().toString().substring(0, 8));
        Migrations.upTo(dataSource, schema.name, version);
        return schema;
    }

    public String name() {
        return name;
    }

    /** A statement on this schema: {@code {schema}} in the text stands for its name. */
    public JdbcClient.StatementSpec sql(String sql) {
        return jdbc.sql(sql.replace("{schema}", name));
    }

    public void migrateToLatest() {
        Migrations.upTo(dataSource, name, "latest");
    }

    /** The {@code audit_trail} rows in their order, each as the given columns' values (null kept). */
    public List<List<String>> auditTrail(String... columns) {
        return jdbc.sql("select " + String.join(", ", columns) + " from " + name + ".audit_trail order by id")
                .query((rs, n) -> {
                    List<String> row = new ArrayList<>(columns.length);
                    for (int i = 1; i <= columns.length; i++) {
                        row.add(rs.getString(i));
                    }
                    return row;
                })
                .list();
    }

    public boolean hasTable(String table) {
        return jdbc.sql("select to_regclass(?) is not null").param(name + "." + table).query(Boolean.class).single();
    }

    /** The {@code version} column of every row of {@code table}. */
    public List<Long> versions(String table) {
        return jdbc.sql("select version from " + name + "." + table).query(Long.class).list();
    }

    @Override
    public void close() {
        jdbc.sql("drop schema " + name + " cascade").update();
    }
}

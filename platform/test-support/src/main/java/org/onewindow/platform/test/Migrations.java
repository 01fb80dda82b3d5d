package org.onewindow.platform.test;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * A service's Flyway migrations with the platform's, run into a schema of its own: how a migration test sets up a
 * database as it stood before the migration under test, fills it the old way, then migrates the rest.
 */
public final class Migrations {

    /** The service's own migrations and the ones each platform module adds to the service's Flyway. */
    private static final String[] LOCATIONS = {"classpath:db/migration", "classpath:db/platform-messaging",
            "classpath:db/platform-calendar", "classpath:db/platform-web", "classpath:db/platform-commands"};

    private Migrations() {
    }

    /**
     * Migrates {@code schema} (created when missing) up to {@code target}, a version or {@code "latest"}; out of
     * order, as the services run them, because the platform's versions interleave with the service's.
     */
    public static void upTo(DataSource dataSource, String schema, String target) {
        Flyway.configure().dataSource(dataSource).schemas(schema).locations(LOCATIONS).outOfOrder(true)
                .target(target).load().migrate();
    }
}

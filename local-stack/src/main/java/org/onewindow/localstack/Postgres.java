package org.onewindow.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One PostgreSQL 17 server (zonky's embedded binaries, no installation), one database per service. The
 * postmaster is a child of the launcher; its data directory survives restarts.
 */
final class Postgres implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private final EmbeddedPostgres server;
    private final int port;
    private final Optional<ProcessHandle> postmaster;

    private Postgres(EmbeddedPostgres server, int port, Optional<ProcessHandle> postmaster) {
        this.server = server;
        this.port = port;
        this.postmaster = postmaster;
    }

    static Postgres start(StackLayout layout, int port) {
        try {
            Files.createDirectories(layout.postgresRuntime());
            Files.createDirectories(layout.logsDir());
            Path log = layout.logFile("postgres");
            var redirect = ProcessBuilder.Redirect.appendTo(log.toFile());
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(layout.postgresData())
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(layout.postgresRuntime().toFile())
                    // Six services with pools of 5 plus tools: the default 100 is close; 200 leaves headroom.
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // The launcher stops PostgreSQL itself, after the services that use it.
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(redirect)
                    .setErrorRedirector(redirect)
                    .start();
            return new Postgres(server, port, postmasterOf(layout.postgresData()));
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port + " (log: "
                    + layout.logFile("postgres") + ")", e);
        }
    }

    int port() {
        return port;
    }

    /** Creates each database that does not exist yet; existing ones keep their data. */
    void createDatabases(Collection<String> names) {
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            for (String name : names) {
                if (!name.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("Not a plain database name: " + name);
                }
                if (!exists(connection, name)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("CREATE DATABASE " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the service databases " + names, e);
        }
    }

    List<String> databases() {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database WHERE NOT datistemplate")) {
            var names = new java.util.ArrayList<String>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list databases", e);
        }
    }

    /** The postmaster, read from its pid file: zonky starts it through pg_ctl, so it is not our direct child. */
    Optional<ProcessHandle> postmaster() {
        return postmaster;
    }

    static Optional<ProcessHandle> postmasterOf(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            return first.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(first));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** A fast shutdown (pg_ctl stop -m fast), then waiting until the postmaster process is really gone. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        } finally {
            postmaster.ifPresent(p -> ProcessTree.stop(p, Duration.ofSeconds(20)));
        }
    }
}

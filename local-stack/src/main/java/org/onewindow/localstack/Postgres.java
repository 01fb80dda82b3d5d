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
import java.util.Map;
import java.util.Optional;

/**
 * One PostgreSQL 17 server (zonky's embedded binaries, no installation), one database per service. The
 * postmaster is a child of the launcher; its data directory survives restarts, so by default it runs durable:
 * zonky's defaults ({@code -F}, i.e. fsync off, and {@code synchronous_commit=off}) are overridden, because with them
 * a killed PostgreSQL loses commits that the services already acknowledged (and whose Kafka offsets they committed).
 * {@code fast} keeps zonky's settings (and drops full-page writes) for throwaway data.
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

    /** Settings that make a commit survive a crash of PostgreSQL or of the machine (PostgreSQL's own defaults). */
    static final Map<String, String> DURABLE = Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");
    /** For throwaway data: no flush at commit, no flush at all, no full-page images. */
    static final Map<String, String> FAST = Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off");

    /**
     * @param fast         {@link #FAST} instead of {@link #DURABLE}
     * @param startupWait  how long PostgreSQL may take to accept connections (initdb not included)
     */
    static Postgres start(StackLayout layout, int port, boolean fast, Duration startupWait) {
        try {
            Files.createDirectories(layout.postgresRuntime());
            Files.createDirectories(layout.logsDir());
            Path log = layout.logFile("postgres");
            var redirect = ProcessBuilder.Redirect.appendTo(log.toFile());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            // zonky starts postgres with "-F" (fsync off) before these "-c" settings: the later setting wins.
            (fast ? FAST : DURABLE).forEach(builder::setServerConfig);
            EmbeddedPostgres server = builder
                    .setPort(port)
                    .setDataDirectory(layout.postgresData())
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(layout.postgresRuntime().toFile())
                    // Six services with pools of 5 plus tools: the default 100 is close; 200 leaves headroom.
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // Loaded so that `create extension pg_stat_statements` in a database shows what its statements
                    // cost (docs/benchmarks.md); loading it costs nothing measurable until it is used.
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setPGStartupWait(startupWait)
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

    /**
     * A postmaster still running on this data directory after a crash of its launcher. The pid file outlives a
     * killed PostgreSQL and its pid may since belong to any process (this JVM, the build, a shell): only a live
     * process whose executable is {@code postgres} and that is neither this JVM nor one of its ancestors counts.
     */
    static Optional<ProcessHandle> orphanedPostmasterOf(Path dataDirectory) {
        return postmasterOf(dataDirectory)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().equals("postgres")).orElse(false))
                .filter(p -> !isSelfOrAncestor(p));
    }

    private static boolean isSelfOrAncestor(ProcessHandle candidate) {
        for (Optional<ProcessHandle> p = Optional.of(ProcessHandle.current()); p.isPresent(); p = p.get().parent()) {
            if (p.get().pid() == candidate.pid()) {
                return true;
            }
        }
        return false;
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * Writes the dirty buffers now: zonky's {@code pg_ctl stop} allows only 5 s, and with fsync on, the shutdown
     * checkpoint of a busy server on a loaded machine takes longer (then the postmaster is killed after all and
     * recovers at the next start). A server that is already gone is simply not checkpointed.
     */
    private void checkpointQuietly() {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(60);
            statement.execute("CHECKPOINT");
        } catch (SQLException stoppingAnyway) {
            // nothing to save, or it cannot be reached: pg_ctl stop and the kill below still run
        }
    }

    /** A fast shutdown (pg_ctl stop -m fast), then waiting until the postmaster process is really gone. */
    @Override
    public void close() {
        checkpointQuietly();
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        } finally {
            postmaster.ifPresent(p -> ProcessTree.stop(p, Duration.ofSeconds(20)));
        }
    }
}

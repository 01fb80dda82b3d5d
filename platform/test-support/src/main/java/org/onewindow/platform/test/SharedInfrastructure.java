package org.onewindow.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One PostgreSQL server and one Kafka broker per test JVM, started on first use and shared by every test
 * class and every Spring context of that JVM. Embedded (zonky PostgreSQL, spring-kafka's KRaft broker) unless
 * Docker is available, in which case Testcontainers are used. System property {@code onewindow.test.infra}
 * forces a choice: {@code embedded} or {@code containers}.
 *
 * <p>Isolation comes from {@link #newDatabase(String)}: each Spring context gets its own database on the
 * shared server, which is far cheaper than a server per test class.
 */
public final class SharedInfrastructure {

    /** A database created on the shared server for one user (usually one Spring context). */
    public record Database(String jdbcUrl, String username, String password) {
    }

    public static final String KIND_PROPERTY = "onewindow.test.infra";

    private static final AtomicInteger DATABASE_SEQUENCE = new AtomicInteger();

    private SharedInfrastructure() {
    }

    /** {@code embedded} or {@code containers}. */
    public static String infrastructureKind() {
        return Holder.INFRA.kind();
    }

    public static String kafkaBootstrapServers() {
        return Holder.INFRA.kafka().bootstrapServers();
    }

    /**
     * Creates a new, empty database whose name starts with {@code prefix} (letters, digits and underscores
     * are kept, the rest replaced) and returns how to connect to it.
     */
    public static Database newDatabase(String prefix) {
        String safe = prefix == null ? "db" : prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (safe.isEmpty() || !Character.isLetter(safe.charAt(0))) {
            safe = "db_" + safe;
        }
        String name = safe.substring(0, Math.min(safe.length(), 40)) + "_" + DATABASE_SEQUENCE.incrementAndGet();
        return Holder.INFRA.postgres().createDatabase(name);
    }

    /** Lazy, thread-safe, once per JVM (class initialisation). */
    private static final class Holder {
        static final Infrastructure INFRA = Infrastructure.start();
    }

    interface Postgres {
        Database createDatabase(String name);

        void stop();
    }

    interface Kafka {
        String bootstrapServers();

        void stop();
    }

    private record Infrastructure(String kind, Postgres postgres, Kafka kafka) {

        static Infrastructure start() {
            boolean containers = useContainers();
            Postgres postgres = containers ? new ContainerPostgres() : new EmbeddedPostgresServer();
            Kafka kafka = containers ? new ContainerKafka() : new EmbeddedKafka();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.stop();
                postgres.stop();
            }, "onewindow-test-infrastructure-shutdown"));
            return new Infrastructure(containers ? "containers" : "embedded", postgres, kafka);
        }

        private static boolean useContainers() {
            String forced = System.getProperty(KIND_PROPERTY, "");
            if ("embedded".equals(forced)) {
                return false;
            }
            if ("containers".equals(forced)) {
                return true;
            }
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }
    }

    static Path workRoot() {
        Path root = Path.of(System.getProperty("java.io.tmpdir"), "onewindow-test");
        try {
            Files.createDirectories(root);
            // initdb runs as "nobody" when the JVM runs as root: the tree must be reachable for that user.
            root.toFile().setReadable(true, false);
            root.toFile().setWritable(true, false);
            root.toFile().setExecutable(true, false);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDatabase(String adminUrl, String user, String password, String name) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
    }

    private static final class EmbeddedPostgresServer implements Postgres {

        private final EmbeddedPostgres server;

        EmbeddedPostgresServer() {
            Path root = workRoot();
            try {
                Path work = Files.createDirectories(root.resolve("pg-binaries"));
                Path data = root.resolve("pg-data-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
                server = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(work.toFile())
                        .setDataDirectory(data)
                        .setCleanDataDirectory(true)
                        .setRegisterShutdownHook(false)
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
        }

        @Override
        public Database createDatabase(String name) {
            String admin = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
            SharedInfrastructure.createDatabase(admin, "postgres", "postgres", name);
            return new Database("jdbc:postgresql://localhost:" + server.getPort() + "/" + name, "postgres", "postgres");
        }

        @Override
        public void stop() {
            try {
                server.close();
            } catch (IOException e) {
                // the JVM is exiting; nothing left to do
            }
        }
    }

    private static final class ContainerPostgres implements Postgres {

        private final PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine")
                .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off");

        ContainerPostgres() {
            container.start();
        }

        @Override
        public Database createDatabase(String name) {
            SharedInfrastructure.createDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(), name);
            String url = "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + name;
            return new Database(url, container.getUsername(), container.getPassword());
        }

        @Override
        public void stop() {
            container.stop();
        }
    }

    private static final class EmbeddedKafka implements Kafka {

        private final EmbeddedKafkaKraftBroker broker;

        EmbeddedKafka() {
            broker = new EmbeddedKafkaKraftBroker(1, 1);
            broker.brokerProperties(Map.of(
                    "group.initial.rebalance.delay.ms", "0",
                    "offsets.topic.replication.factor", "1",
                    "offsets.topic.num.partitions", "5",
                    "transaction.state.log.replication.factor", "1",
                    "transaction.state.log.min.isr", "1",
                    "min.insync.replicas", "1",
                    "auto.create.topics.enable", "true"));
            broker.afterPropertiesSet();
        }

        @Override
        public String bootstrapServers() {
            return broker.getBrokersAsString();
        }

        @Override
        public void stop() {
            broker.destroy();
        }
    }

    private static final class ContainerKafka implements Kafka {

        private final KafkaContainer container = new KafkaContainer("apache/kafka:4.1.2")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");

        ContainerKafka() {
            container.start();
        }

        @Override
        public String bootstrapServers() {
            return container.getBootstrapServers();
        }

        @Override
        public void stop() {
            container.stop();
        }
    }
}

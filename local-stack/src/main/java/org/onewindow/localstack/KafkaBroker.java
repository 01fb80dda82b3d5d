package org.onewindow.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One single-node KRaft broker (broker and controller in one JVM), started from the Kafka jars the launcher
 * already has. Its log directory survives restarts; it is formatted once, with the cluster id kept beside it.
 */
final class KafkaBroker implements AutoCloseable {

    /** Full tiered compilation, as the services: C1 only cost the broker more CPU per event under load (docs/benchmarks.md). */
    static final List<String> JVM_OPTIONS = List.of(
            "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
            "-Dlogback.configurationFile=localstack-broker-logback.xml");

    private final Process process;
    private final Ports ports;
    private final Path logFile;

    private KafkaBroker(Process process, Ports ports, Path logFile) {
        this.process = process;
        this.ports = ports;
        this.logFile = logFile;
    }

    /** The broker configuration; everything bound to 127.0.0.1, replication factors of 1. */
    static Map<String, String> properties(Ports ports, Path logDir) {
        Map<String, String> p = new TreeMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + ports.kafkaController());
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + ports.kafka() + ",CONTROLLER://127.0.0.1:" + ports.kafkaController());
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + ports.kafka());
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.partitions", "6");
        // The cleaner's dedupe buffer is allocated up front (128 MB by default); a local stack needs far less.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        return p;
    }

    /** Formats the log directory if needed and starts the broker JVM; {@link #awaitReady} waits for it. */
    static KafkaBroker launch(StackLayout layout, Ports ports, JavaCommand java) {
        Path dir = layout.kafkaDir();
        Path logFile = layout.logFile("kafka");
        try {
            Files.createDirectories(dir);
            Files.createDirectories(layout.logsDir());
            Path config = writeConfig(dir.resolve("server.properties"), properties(ports, dir.resolve("data")));
            formatOnce(dir, config, java, logFile);
            ProcessBuilder builder = new ProcessBuilder(ProcessTree.ownSession(
                    java.mainClass(JVM_OPTIONS, "kafka.Kafka", List.of(config.toString()))))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            return new KafkaBroker(builder.start(), ports, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the Kafka broker (log: " + logFile + ")", e);
        }
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    Path logFile() {
        return logFile;
    }

    String bootstrapServers() {
        return ports.kafkaBootstrapServers();
    }

    Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500));
    }

    /** Ready when the broker answers describeCluster; a broker that exits meanwhile fails at once. */
    void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = admin()) {
            while (true) {
                if (!process.isAlive()) {
                    throw new StartFailure("kafka", "exited with code " + process.exitValue(), logFile);
                }
                try {
                    admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).nodes().get(3, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    if (notYet instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                        throw new StartFailure("kafka", "interrupted while starting", logFile);
                    }
                    if (Instant.now().isAfter(deadline)) {
                        close();
                        throw new StartFailure("kafka", "not ready within " + timeout.toSeconds() + " s", logFile);
                    }
                    sleepQuietly(Duration.ofMillis(250));
                }
            }
        }
    }

    private static Path writeConfig(Path file, Map<String, String> properties) throws IOException {
        Properties config = new Properties();
        config.putAll(properties);
        try (Writer writer = Files.newBufferedWriter(file)) {
            config.store(writer, "Generated by the OneWindow local stack at each start; edits are overwritten");
        }
        return file;
    }

    /** KRaft needs a formatted log directory; formatting again would refuse (or lose the cluster's id). */
    private static void formatOnce(Path dir, Path config, JavaCommand java, Path logFile) throws IOException {
        if (Files.exists(dir.resolve("data").resolve("meta.properties"))) {
            return;
        }
        Path idFile = dir.resolve("cluster.id");
        String clusterId;
        if (Files.exists(idFile)) {
            clusterId = Files.readString(idFile).trim();
        } else {
            clusterId = Uuid.randomUuid().toString();
            Files.writeString(idFile, clusterId + "\n");
        }
        Process format = new ProcessBuilder(java.mainClass(
                List.of("-Xmx128m", "-XX:TieredStopAtLevel=1", "-Dlogback.configurationFile=localstack-broker-logback.xml"),
                "kafka.tools.StorageTool", List.of("format", "-t", clusterId, "-c", config.toString())))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new StartFailure("kafka", "formatting the log directory failed", logFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            format.destroyForcibly();
            throw new StartFailure("kafka", "interrupted while formatting", logFile);
        }
    }

    static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Controlled shutdown takes a few seconds; after 20 the broker is killed (its log recovers at next start). */
    @Override
    public void close() {
        ProcessTree.stop(process.toHandle(), Duration.ofSeconds(20));
    }
}

package org.onewindow.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The launcher end to end with the real PostgreSQL and a real broker JVM, and seven stand-in services
 * ({@link FakeService} packed as {@code <module>/target/<module>.jar}): start, stop and restart one service,
 * close with nothing left running, and a second start that keeps the data of the first.
 */
class LocalStackTest {

    /** 11000 unless {@code -Dlocalstack.test.port-offset} says otherwise (builds sharing a machine use their own). */
    private static final int OFFSET = Integer.getInteger("localstack.test.port-offset", 11000);

    @TempDir
    Path root;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void starts_everything_stops_everything_and_keeps_data_between_runs() throws Exception {
        for (ServiceModule module : ServiceModule.values()) {
            writeFakeServiceJar(root.resolve(module.module()).resolve("target").resolve(module.module() + ".jar"));
        }
        LocalStackOptions options = LocalStackOptions.defaults(root).withPortOffset(OFFSET)
                .withReadinessTimeout(Duration.ofSeconds(90));

        Map<String, ProcessHandle> firstRun;
        try (RunningStack stack = LocalStack.start(options)) {
            firstRun = stack.processes();
            assertThat(firstRun.keySet()).containsExactly("postgres", "kafka", "catalog", "intake", "review",
                    "supervision", "rating", "monitor", "gateway");
            assertThat(stack.gatewayUrl()).isEqualTo(URI.create("http://127.0.0.1:" + (8080 + OFFSET)));
            assertThat(readiness(stack.serviceUrl("rating"))).isEqualTo(200);
            assertThat(Files.readString(stack.logFile("intake")))
                    .contains("arg --spring.datasource.url=jdbc:postgresql://127.0.0.1:" + (15432 + OFFSET) + "/intake")
                    .contains("arg --spring.kafka.bootstrap-servers=127.0.0.1:" + (9092 + OFFSET));
            assertThat(Files.readString(stack.logFile("gateway"))).contains("arg --onewindow.routes.review=http://127.0.0.1:" + (8083 + OFFSET));

            try (Admin admin = admin(stack)) {
                var topics = admin.describeTopics(List.of("catalog.items", "review.cases")).allTopicNames().get(10, TimeUnit.SECONDS);
                assertThat(topics.get("review.cases").partitions()).hasSize(6);
                var itemsConfig = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, "catalog.items")))
                        .all().get(10, TimeUnit.SECONDS).values().iterator().next();
                assertThat(itemsConfig.get("cleanup.policy").value()).isEqualTo("compact");
                var casesConfig = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, "review.cases")))
                        .all().get(10, TimeUnit.SECONDS).values().iterator().next();
                assertThat(casesConfig.get("retention.ms").value()).as("public streams keep their history").isEqualTo("-1");
            }
            try (Connection catalog = DriverManager.getConnection(stack.jdbcUrl("catalog"), "postgres", "postgres")) {
                catalog.createStatement().execute("CREATE TABLE kept_between_runs (id int)");
                assertThat(settings(catalog)).as("kept data: durable by default")
                        .containsEntry("fsync", "on").containsEntry("synchronous_commit", "on")
                        .containsEntry("full_page_writes", "on");
            }
            for (String db : List.of("intake", "review", "supervision", "rating", "monitor")) {
                try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(db), "postgres", "postgres")) {
                    assertThat(connection.isValid(2)).isTrue();
                }
            }

            StartupCache reviewCache = new StartupCache(options.layout().serviceJar(ServiceModule.REVIEW));
            assertThat(lastStart(stack.logFile("review"))).as("the first start trains")
                    .contains(StartupCache.AOT_SUPPORTED ? "-XX:AOTCacheOutput=" + reviewCache.dir() : "-jar");
            ProcessHandle review = firstRun.get("review");
            stack.stopService("review");
            assertThat(review.isAlive()).isFalse();
            assertThat(stack.isRunning("review")).isFalse();
            assertThatThrownBy(() -> readiness(stack.serviceUrl("review"))).isInstanceOf(IOException.class);
            assertThat(Files.isRegularFile(reviewCache.aotCache())).as("written as it stopped").isEqualTo(StartupCache.AOT_SUPPORTED);

            stack.startService("review");
            assertThat(stack.isRunning("review")).isTrue();
            assertThat(readiness(stack.serviceUrl("review"))).isEqualTo(200);
            assertThat(lastStart(stack.logFile("review"))).doesNotContain("-XX:AOTCacheOutput")
                    .contains(StartupCache.AOT_SUPPORTED ? "-XX:AOTCache=" + reviewCache.aotCache() : "-jar");
            firstRun = stack.processes();
        }
        assertThat(firstRun.values()).noneMatch(ProcessHandle::isAlive);
        assertThat(options.layout().pidFile()).doesNotExist();
        String clusterId = Files.readString(options.layout().kafkaDir().resolve("cluster.id"));

        try (RunningStack again = LocalStack.start(options.withFast(true))) {
            try (Connection catalog = DriverManager.getConnection(again.jdbcUrl("catalog"), "postgres", "postgres")) {
                assertThat(catalog.getMetaData().getTables(null, "public", "kept_between_runs", null).next()).isTrue();
                assertThat(settings(catalog)).as("--fast")
                        .containsEntry("fsync", "off").containsEntry("synchronous_commit", "off")
                        .containsEntry("full_page_writes", "off");
            }
            try (Admin admin = admin(again)) {
                assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS)).contains("rating.ratings");
            }
            assertThat(Files.readString(options.layout().kafkaDir().resolve("cluster.id"))).isEqualTo(clusterId);
            assertThat(lastStart(again.logFile("catalog"))).as("trained in the first run")
                    .contains(StartupCache.AOT_SUPPORTED ? "-XX:AOTCache=" : "-jar");
            firstRun = again.processes();
        }
        assertThat(firstRun.values()).noneMatch(ProcessHandle::isAlive);
    }

    private static Map<String, String> settings(Connection connection) throws java.sql.SQLException {
        Map<String, String> settings = new java.util.TreeMap<>();
        try (var rows = connection.createStatement().executeQuery(
                "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes')")) {
            while (rows.next()) {
                settings.put(rows.getString(1), rows.getString(2));
            }
        }
        return settings;
    }

    /** The launcher's line before the newest start in a service's log: its command. */
    private static String lastStart(Path log) throws IOException {
        return Files.readAllLines(log).stream().filter(line -> line.startsWith("==== ")).reduce((a, b) -> b).orElseThrow();
    }

    private int readiness(URI service) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(service.resolve(Readiness.PATH)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static Admin admin(RunningStack stack) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()));
    }

    /** An executable jar holding only {@link FakeService}: what {@code java -jar} needs. */
    static void writeFakeServiceJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        String entry = FakeService.class.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(jar);
             JarOutputStream jarOut = new JarOutputStream(out, manifest);
             InputStream classFile = FakeService.class.getClassLoader().getResourceAsStream(entry)) {
            jarOut.putNextEntry(new JarEntry(entry));
            classFile.transferTo(jarOut);
            jarOut.closeEntry();
        }
    }
}

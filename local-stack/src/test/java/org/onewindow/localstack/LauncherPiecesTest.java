package org.onewindow.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.contracts.Stream;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The launcher's pieces that need no running process. */
class LauncherPiecesTest {

    @TempDir
    Path dir;

    @Test
    void broker_properties_follow_the_port_offset_and_stay_on_loopback() {
        Map<String, String> p = KafkaBroker.properties(new Ports(10000), dir.resolve("data"));

        assertThat(p).containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("num.partitions", "6")
                .containsEntry("log.dirs", dir.resolve("data").toAbsolutePath().toString());
    }

    @Test
    void key_files_are_pem_pkcs_8_and_x_509_and_make_a_working_rsa_pair() throws Exception {
        KeyFiles keys = new KeyFiles(dir.resolve("keys")).ensureExist();

        String privatePem = Files.readString(keys.privateKey());
        String publicPem = Files.readString(keys.publicKey());
        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");

        KeyFactory rsa = KeyFactory.getInstance("RSA");
        var privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(der(privatePem)));
        var publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(der(publicPem)));
        assertThat(publicKey.getModulus().bitLength()).isEqualTo(2048);

        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(privateKey);
        signer.update("token".getBytes());
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update("token".getBytes());
        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void key_files_are_generated_once_so_tokens_survive_restarts() throws Exception {
        KeyFiles keys = new KeyFiles(dir.resolve("keys")).ensureExist();
        String first = Files.readString(keys.publicKey());

        new KeyFiles(dir.resolve("keys")).ensureExist();

        assertThat(Files.readString(keys.publicKey())).isEqualTo(first);
    }

    @Test
    void topics_come_from_the_contracts_streams_with_compaction_where_the_stream_says_so() {
        var topics = Topics.definitions();

        assertThat(topics).extracting(t -> t.name())
                .containsExactlyElementsOf(java.util.Arrays.stream(Stream.values()).map(Stream::defaultTopic).toList());
        assertThat(topics).allSatisfy(t -> assertThat(t.numPartitions()).isEqualTo(6));
        assertThat(Topics.definition(Stream.CATALOG_ITEMS).configs()).containsEntry("cleanup.policy", "compact");
        assertThat(Topics.definition(Stream.INTAKE_APPLICATIONS).configs()).containsEntry("retention.ms", "-1")
                .containsEntry("cleanup.policy", "delete");
    }

    @Test
    void service_command_lines_carry_the_architecture_properties_and_follow_the_offset() {
        LocalStackOptions options = LocalStackOptions.defaults(dir).withPortOffset(10000).withDemoData(false);
        KeyFiles keys = new KeyFiles(options.layout().keysDir());

        List<String> intake = ServiceProcess.of(ServiceModule.INTAKE, options, keys).command();
        List<String> gateway = ServiceProcess.of(ServiceModule.GATEWAY, options, keys).command();

        assertThat(intake).contains("-jar", dir.resolve("intake-service/target/intake-service.jar").toString(),
                "--server.port=18082", "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:25432/intake",
                "--spring.datasource.username=postgres", "--spring.kafka.bootstrap-servers=127.0.0.1:19092",
                "--onewindow.security.jwt.public-key-location=file:" + keys.publicKey(),
                "--onewindow.demo-data=false");
        assertThat(intake).noneMatch(a -> a.startsWith("--onewindow.dev-issuer"));
        assertThat(intake).contains("--onewindow.objectstore.endpoint=http://127.0.0.1:19000",
                "--onewindow.objectstore.bucket=onewindow-documents", "--onewindow.objectstore.path-style=true");
        assertThat(gateway).noneMatch(a -> a.startsWith("--onewindow.objectstore"));
        assertThat(gateway).contains("--server.port=18080", "--onewindow.routes.catalog=http://127.0.0.1:18081",
                "--onewindow.routes.rating=http://127.0.0.1:18085", "--onewindow.dev-issuer.enabled=true",
                "--onewindow.dev-issuer.private-key-location=file:" + keys.privateKey());
        assertThat(gateway).noneMatch(a -> a.startsWith("--spring.datasource"));
        assertThat(ServiceProcess.of(ServiceModule.REVIEW, options, keys).command())
                .as("the licence's QR code points at this stack's gateway")
                .contains("--onewindow.review.licences.verification-base-url=http://127.0.0.1:18080");
        assertThat(intake).noneMatch(a -> a.startsWith("--onewindow.review.licences"));
    }

    @Test
    void the_object_store_serves_s3_on_loopback_keeps_its_bucket_beside_postgres_and_frees_its_port() throws Exception {
        StackLayout layout = LocalStackOptions.defaults(dir).layout();
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (ObjectStoreServer server = ObjectStoreServer.start(layout, port)) {
            assertThat(server.endpoint()).hasToString("http://127.0.0.1:" + port);
            assertThat(layout.objectData().getParent()).isEqualTo(layout.postgresData().getParent());
            assertThat(layout.objectData().resolve(ObjectStoreServer.BUCKET)).isDirectory();
            var response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(server.endpoint().resolve("/" + ObjectStoreServer.BUCKET)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("an unsigned request is refused, S3-style").isEqualTo(403);
            assertThat(response.body()).contains("<Code>AccessDenied</Code>");
        }
        try (java.net.ServerSocket again = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void command_line_parses_flags_and_rejects_unknown_ones() {
        CommandLine line = CommandLine.parse(new String[]{"--wipe", "--port-offset=100", "--no-demo-data", "--measure=5"}, dir);

        assertThat(line.options().wipe()).isTrue();
        assertThat(line.options().ports().service(ServiceModule.GATEWAY)).isEqualTo(8180);
        assertThat(line.options().demoData()).isFalse();
        assertThat(line.options().dataDir()).isEqualTo(dir.resolve(".local").toAbsolutePath());
        assertThat(line.measureAfter()).isEqualTo(Duration.ofSeconds(5));
        assertThatThrownBy(() -> CommandLine.parse(new String[]{"--wipe-everything"}, dir))
                .hasMessageContaining("Unknown argument: --wipe-everything");
        assertThatThrownBy(() -> CommandLine.parse(new String[]{"--port-offset=abc"}, dir))
                .hasMessageContaining("--port-offset must be a whole number");
    }

    @Test
    void no_offset_puts_a_port_where_the_kernel_hands_out_ports_for_outgoing_connections() {
        Ports highest = new Ports(Ports.MAX_OFFSET);
        assertThat(highest.postgres()).isEqualTo(Ports.EPHEMERAL_FLOOR - 1);
        assertThat(highest.kafkaController()).isLessThan(Ports.EPHEMERAL_FLOOR);

        assertThatThrownBy(() -> CommandLine.parse(new String[]{"--port-offset=" + (Ports.MAX_OFFSET + 1)}, dir))
                .hasMessageContaining("must stay below 32768");
        assertThatThrownBy(() -> new Ports(21000)).hasMessageContaining("between 0 and 17335");
    }

    @Test
    void service_jvm_options_replace_the_defaults_and_reach_the_service_command() {
        CommandLine line = CommandLine.parse(new String[]{"--service-jvm-options= -Xmx384m  -XX:+UseSerialGC "}, dir);
        KeyFiles keys = new KeyFiles(dir.resolve("keys"));

        assertThat(line.options().serviceJvmOptions()).containsExactly("-Xmx384m", "-XX:+UseSerialGC");
        List<String> review = ServiceProcess.of(ServiceModule.REVIEW, line.options(), keys).command();
        assertThat(review.subList(1, review.indexOf("-jar"))).containsExactly("-Xmx384m", "-XX:+UseSerialGC");
        assertThat(CommandLine.parse(new String[0], dir).options().serviceJvmOptions())
                .isEqualTo(LocalStackOptions.DEFAULT_SERVICE_JVM_OPTIONS);
        assertThatThrownBy(() -> CommandLine.parse(new String[]{"--service-jvm-options=Xmx384m"}, dir))
                .hasMessageContaining("'Xmx384m' is not a JVM option");
        assertThatThrownBy(() -> CommandLine.parse(new String[]{"--service-jvm-options="}, dir))
                .hasMessageContaining("--service-jvm-options needs a value");
    }

    @Test
    void wipe_refuses_a_directory_that_contains_the_project() {
        assertThatThrownBy(() -> LocalStack.wipe(new StackLayout(dir.resolve("project"), dir)))
                .hasMessageContaining("Refusing to wipe");
    }

    @Test
    void fast_is_opt_in_and_the_default_keeps_postgres_durable() {
        assertThat(CommandLine.parse(new String[]{}, dir).options().fast()).isFalse();
        assertThat(CommandLine.parse(new String[]{"--fast", "--wipe"}, dir).options().fast()).isTrue();
        assertThat(CommandLine.parse(new String[]{"--fast", "--project-root=" + dir.resolve("p")}, dir).options().fast())
                .as("kept when the project root moves").isTrue();
        assertThat(Postgres.DURABLE).containsEntry("fsync", "on").containsEntry("synchronous_commit", "on");
        assertThat(CommandLine.USAGE).contains("--fast");
    }

    @Test
    void a_stale_postmaster_pid_file_never_stops_a_process_that_is_not_postgres() throws Exception {
        Path data = Files.createDirectories(dir.resolve("postgres"));
        // After a SIGKILL of PostgreSQL its pid file stays; the pid may be reused by anything, this JVM included.
        Files.writeString(data.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + data + "\n");
        assertThat(Postgres.orphanedPostmasterOf(data)).isEmpty();

        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(data.resolve("postmaster.pid"), sleeper.pid() + "\n" + data + "\n");
            assertThat(Postgres.postmasterOf(data)).map(ProcessHandle::pid).contains(sleeper.pid());
            assertThat(Postgres.orphanedPostmasterOf(data)).as("a live process, but not postgres").isEmpty();
            assertThat(sleeper.isAlive()).isTrue();
        } finally {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void missing_jars_are_a_clear_error_naming_the_build_command_and_nothing_is_started() {
        LocalStackOptions options = LocalStackOptions.defaults(dir).withPortOffset(10000);

        assertThatThrownBy(() -> LocalStack.start(options))
                .isInstanceOf(StartFailure.class)
                .hasMessageContaining("catalog-service/target/catalog-service.jar")
                .hasMessageContaining("./mvnw -q -DskipTests install");
        assertThat(options.layout().pidFile()).doesNotExist();
    }

    @Test
    void a_service_that_exits_while_starting_is_reported_with_its_log() throws Exception {
        Path jar = Files.createFile(dir.resolve("any.jar"));
        Path log = dir.resolve("logs/catalog.log");
        ServiceProcess broken = new ServiceProcess(ServiceModule.CATALOG,
                List.of(JavaCommand.javaExecutable(), "-XX:+NoSuchOptionForTheTest", "-version"), jar, log,
                java.net.URI.create("http://127.0.0.1:1"));
        broken.start();
        ReadinessWait wait = new ReadinessWait(new Readiness(), Console.silent(), Duration.ofSeconds(60), java.time.Instant.now());

        assertThatThrownBy(() -> wait.await(List.of(broken)))
                .isInstanceOfSatisfying(StartFailure.class, f -> {
                    assertThat(f.processName()).isEqualTo("catalog");
                    assertThat(f.getMessage()).contains("exited with code 1");
                    assertThat(f.logFile()).isEqualTo(log);
                });
        assertThat(Console.tail(log, 40)).anyMatch(l -> l.contains("NoSuchOptionForTheTest"));
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }
}

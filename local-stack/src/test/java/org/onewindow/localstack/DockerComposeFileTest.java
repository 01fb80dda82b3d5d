package org.onewindow.localstack;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.Stream;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Docker does not run on our machines, so docker-compose.yml is checked against the reactor instead: every
 * service module has a container with a health check, nothing names a module that does not exist, and the
 * start order waits on health.
 */
class DockerComposeFileTest {

    private static Path root;
    private static Map<String, Object> services;
    private static List<String> reactorModules;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws Exception {
        root = Path.of(System.getProperty("onewindow.project-root", "..")).toAbsolutePath().normalize();
        try (Reader reader = Files.newBufferedReader(root.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = (Map<String, Object>) compose.get("services");
        }
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(root.resolve("pom.xml").toFile());
        NodeList modules = ((Element) pom.getElementsByTagName("modules").item(0)).getElementsByTagName("module");
        reactorModules = new ArrayList<>();
        for (int i = 0; i < modules.getLength(); i++) {
            reactorModules.add(modules.item(i).getTextContent().trim());
        }
    }

    @Test
    void every_service_module_of_the_reactor_is_a_compose_service_with_a_health_check() {
        List<String> serviceModules = reactorModules.stream()
                .filter(m -> m.endsWith("-service") || m.equals("gateway")).toList();
        assertThat(serviceModules).as("service modules in pom.xml").hasSize(7);

        Map<String, String> moduleByComposeService = builtModules();
        assertThat(new TreeSet<>(moduleByComposeService.values())).containsExactlyElementsOf(new TreeSet<>(serviceModules));
        moduleByComposeService.keySet().forEach(name ->
                assertThat(healthcheckTest(name)).as("healthcheck of " + name).isNotEmpty());
    }

    @Test
    void nothing_names_a_module_that_does_not_exist() throws Exception {
        builtModules().values().forEach(module -> assertThat(reactorModules).as("module " + module).contains(module));

        // Any "<module>/target/<jar>" path anywhere in the file or the Dockerfile must be a reactor module.
        String compose = Files.readString(root.resolve("docker-compose.yml"));
        Matcher paths = Pattern.compile("([a-z][a-z-]*)/target/").matcher(compose);
        while (paths.find()) {
            assertThat(reactorModules).as("module in path " + paths.group()).contains(paths.group(1));
        }
        Matcher images = Pattern.compile("image: onewindow/([a-z-]+):").matcher(compose);
        int count = 0;
        while (images.find()) {
            count++;
            assertThat(reactorModules).as("image " + images.group(1)).contains(images.group(1));
        }
        assertThat(count).isEqualTo(7);
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_build_context_dockerfile_and_mounted_file_exists() throws Exception {
        for (String name : builtModules().keySet()) {
            Map<String, Object> build = (Map<String, Object>) service(name).get("build");
            Path context = root.resolve((String) build.get("context"));
            Path dockerfile = context.resolve((String) build.get("dockerfile"));
            assertThat(context).isDirectory();
            assertThat(dockerfile).isRegularFile();
            // The Dockerfile copies <MODULE>/target/<MODULE>.jar: the path the launcher also uses.
            assertThat(Files.readString(dockerfile)).contains("COPY ${MODULE}/target/${MODULE}.jar");
        }
        for (String name : services.keySet()) {
            for (Object volume : (List<Object>) service(name).getOrDefault("volumes", List.of())) {
                String source = volume.toString().split(":")[0];
                if (source.startsWith("./")) {
                    assertThat(root.resolve(source)).as("mounted by " + name).exists();
                }
            }
        }
        assertThat(root.resolve("deploy/docker/healthcheck.sh")).isExecutable();
    }

    @Test
    void infrastructure_has_health_checks_and_apps_start_only_when_it_is_healthy() {
        assertThat(healthcheckTest("postgres")).anyMatch(part -> part.contains("pg_isready"));
        assertThat(healthcheckTest("kafka")).anyMatch(part -> part.contains("kafka-broker-api-versions.sh"));
        assertThat(String.valueOf(service("postgres").get("image"))).startsWith("postgres:17");
        assertThat(String.valueOf(service("kafka").get("image"))).isEqualTo("apache/kafka:4.1.2");

        for (ServiceModule module : ServiceModule.backendServices()) {
            Map<String, String> dependsOn = dependsOn(module.serviceName());
            assertThat(dependsOn).as(module.serviceName())
                    .containsEntry("postgres", "service_healthy")
                    .containsEntry("kafka", "service_healthy")
                    .containsEntry("minio", "service_healthy")
                    .containsEntry("buckets", "service_completed_successfully");
        }
        Map<String, String> gateway = dependsOn("gateway");
        ServiceModule.backendServices().forEach(m -> assertThat(gateway).containsEntry(m.serviceName(), "service_healthy"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_backend_service_points_at_minio_and_the_bucket_job_creates_that_bucket() {
        assertThat(String.valueOf(service("minio").get("image"))).startsWith("minio/minio:RELEASE.");
        assertThat(healthcheckTest("minio")).containsSubsequence("mc", "ready", "local");
        Map<String, Object> minioEnvironment = (Map<String, Object>) service("minio").get("environment");
        String joinedCommand = String.join("\n", (List<String>) service("buckets").get("command"));
        for (ServiceModule module : ServiceModule.backendServices()) {
            Map<String, Object> environment = (Map<String, Object>) service(module.serviceName()).get("environment");
            assertThat(environment).as(module.serviceName())
                    .containsEntry("ONEWINDOW_OBJECTSTORE_ENDPOINT", "http://minio:9000")
                    .containsEntry("ONEWINDOW_OBJECTSTORE_ACCESSKEY", minioEnvironment.get("MINIO_ROOT_USER"))
                    .containsEntry("ONEWINDOW_OBJECTSTORE_SECRETKEY", minioEnvironment.get("MINIO_ROOT_PASSWORD"));
            String bucket = String.valueOf(environment.get("ONEWINDOW_OBJECTSTORE_BUCKET"));
            assertThat(joinedCommand).as("the bucket job creates " + bucket)
                    .contains("mc mb --ignore-existing onewindow/" + bucket)
                    .contains("mc alias set onewindow http://minio:9000 " + minioEnvironment.get("MINIO_ROOT_USER") + " "
                            + minioEnvironment.get("MINIO_ROOT_PASSWORD"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void each_service_gets_its_own_database_and_port() throws Exception {
        String initSql = Files.readString(root.resolve("deploy/postgres/init-databases.sql"));
        for (ServiceModule module : ServiceModule.backendServices()) {
            Map<String, Object> environment = (Map<String, Object>) service(module.serviceName()).get("environment");
            assertThat(environment).containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/" + module.serviceName())
                    .containsEntry("SERVER_PORT", module.basePort());
            assertThat(initSql).contains("CREATE DATABASE " + module.serviceName() + ";");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void backend_services_scale_by_replicas_that_the_gateway_balances_through_dns() {
        Map<String, Object> gateway = (Map<String, Object>) service("gateway").get("environment");
        List<String> backends = ServiceModule.backendServices().stream().map(ServiceModule::serviceName).toList();
        for (ServiceModule module : ServiceModule.backendServices()) {
            String name = module.serviceName();
            Map<String, Object> deploy = (Map<String, Object>) service(name).get("deploy");
            assertThat(deploy).as(name + ": deploy.replicas").isNotNull();
            assertThat(String.valueOf(deploy.get("replicas"))).isEqualTo("${" + name.toUpperCase() + "_REPLICAS:-1}");
            for (Object port : (List<Object>) service(name).getOrDefault("ports", List.of())) {
                assertThat(port).as(name + ": replicas cannot share a fixed host port").isInstanceOf(Map.class);
                assertThat((Map<String, Object>) port).as(name).doesNotContainKey("published")
                        .containsEntry("host_ip", "127.0.0.1").containsEntry("target", module.basePort());
            }
            // one name for all replicas: Docker's DNS answers it with every replica's address
            assertThat(gateway).containsEntry("ONEWINDOW_ROUTES_" + name.toUpperCase(), "http://" + name + ":" + module.basePort());
        }
        assertThat(String.valueOf(gateway.get("ONEWINDOW_GATEWAY_DNSREPLICAS")).split(","))
                .as("the gateway balances over every address of each backend's name")
                .containsExactlyInAnyOrderElementsOf(backends);
        assertThat(gateway).as("replicas added or gone are resolved again")
                .containsEntry("SPRING_CLOUD_LOADBALANCER_HEALTHCHECK_REFETCHINSTANCES", "true");
        assertThat(service("gateway")).as("the gateway runs once, the one entry").doesNotContainKey("deploy");
    }

    @Test
    void the_topics_container_creates_exactly_the_contracts_streams() {
        String script = String.valueOf(service("topics").get("command"));
        Matcher created = Pattern.compile("create ([a-z.]+)( --config cleanup.policy=compact| --config retention.ms=-1)?")
                .matcher(script);
        Map<String, Boolean> topics = new LinkedHashMap<>();
        while (created.find()) {
            topics.put(created.group(1), created.group(2) != null && created.group(2).contains("compact"));
            assertThat(created.group(2)).as(created.group(1) + ": compacted, or its whole history kept").isNotNull();
        }
        Map<String, Boolean> expected = new LinkedHashMap<>();
        Arrays.stream(Stream.values()).forEach(s -> expected.put(s.defaultTopic(), s.compacted()));
        assertThat(topics).isEqualTo(expected);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        Map<String, Object> service = (Map<String, Object>) services.get(name);
        assertThat(service).as("compose service " + name).isNotNull();
        return service;
    }

    /** Compose service name -> the module its image is built from. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> builtModules() {
        Map<String, String> modules = new LinkedHashMap<>();
        services.forEach((name, definition) -> {
            Object build = ((Map<String, Object>) definition).get("build");
            if (build != null) {
                Map<String, Object> args = (Map<String, Object>) ((Map<String, Object>) build).get("args");
                modules.put(name, String.valueOf(args.get("MODULE")));
            }
        });
        return modules;
    }

    @SuppressWarnings("unchecked")
    private static List<String> healthcheckTest(String name) {
        Map<String, Object> healthcheck = (Map<String, Object>) service(name).get("healthcheck");
        if (healthcheck == null || healthcheck.get("test") == null) {
            return List.of();
        }
        Object test = healthcheck.get("test");
        return test instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(test));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> dependsOn(String name) {
        Object dependsOn = service(name).get("depends_on");
        Map<String, String> conditions = new LinkedHashMap<>();
        if (dependsOn instanceof Map<?, ?> map) {
            map.forEach((k, v) -> conditions.put((String) k, String.valueOf(((Map<String, Object>) v).get("condition"))));
        } else if (dependsOn instanceof List<?> list) {
            list.forEach(k -> conditions.put((String) k, "service_started"));
        }
        return conditions;
    }
}

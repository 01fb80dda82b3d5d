package org.onewindow.deploy.k8s;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.contracts.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Renders deploy/k8s/overlays/{local,production} with {@code kubectl kustomize} and checks every document
 * against the vendored schemas (deploy/k8s/schemas), then the suite's own rules: every service module of the
 * root pom runs as a Deployment with probes, resources and a locked-down container, behind a Service, with a
 * PodDisruptionBudget and a HorizontalPodAutoscaler; it finds its own database and Kafka; every stream and
 * dead-letter topic is a KafkaTopic; production keeps three synchronously replicated PostgreSQL instances.
 */
class RenderedOverlaysTest {

    private static final List<String> OVERLAYS = List.of("local", "production");
    /** Made outside the overlays: by CloudNativePG ({@code <cluster>-app}), or by the operator of the cluster. */
    private static final Set<String> EXTERNAL_SECRETS_PRODUCTION = Set.of("onewindow-oidc", "onewindow-tls",
            "onewindow-objectstore");
    private static final Set<String> EXTERNAL_SECRETS_LOCAL = Set.of("onewindow-dev-keys");

    private static Kubectl kubectl;
    private static SchemaCatalog schemas;
    private static final Map<String, Manifests> RENDERED = new HashMap<>();

    @BeforeAll
    static void render() {
        Optional<Kubectl> found = Kubectl.find();
        if (found.isEmpty()) {
            // Visible in the build log, not only in the surefire report: CI installs kubectl (.ci/run).
            System.err.println("SKIPPED RenderedOverlaysTest: kubectl is not installed (not at -Dkubectl / $KUBECTL, "
                    + "not on the PATH, not in /usr/bin or /usr/local/bin); the Kubernetes overlays were NOT rendered or validated. Install kubectl to run it.");
        }
        if (found.isEmpty()) {
            return; // every test is reported as skipped by requireKubectl()
        }
        String kustomize = found.get().kustomizeVersion();
        if (!kustomize.matches("v([5-9]|[1-9][0-9])\\..*")) {
            throw new IllegalStateException(found.get().executable() + " has kustomize " + kustomize
                    + ": the overlays need kustomize 5 (kubectl 1.27 or newer)");
        }
        kubectl = found.get();
        schemas = SchemaCatalog.load(Project.k8s().resolve("schemas"));
        for (String overlay : OVERLAYS) {
            RENDERED.put(overlay, Manifests.parse(kubectl.kustomize(Project.k8s().resolve("overlays").resolve(overlay))));
        }
    }

    @BeforeEach
    void requireKubectl() {
        Assumptions.assumeTrue(kubectl != null, "kubectl not installed: Kubernetes overlays not rendered or validated");
    }

    private static Manifests rendered(String overlay) {
        return RENDERED.get(overlay);
    }

    // ------------------------------------------------------------------------------------------ schemas

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void every_rendered_document_is_valid_against_the_kubernetes_schemas_and_the_operators_crds(String overlay) {
        Manifests manifests = rendered(overlay);
        assertThat(manifests.documents()).hasSizeGreaterThan(40);
        List<String> errors = new ArrayList<>();
        manifests.documents().forEach(document -> errors.addAll(schemas.validate(document)));
        assertThat(errors).as("schema violations in overlays/" + overlay).isEmpty();
    }

    @Test
    void an_overlay_with_a_mistyped_field_renders_but_fails_validation() {
        // A fixture overlay on the real base whose patch misspells initialDelaySeconds: kustomize accepts it.
        Path broken = Project.root().resolve("deploy/k8s-tests/src/test/resources/broken-overlay");
        Manifests manifests = Manifests.parse(kubectl.kustomize(broken));
        List<String> errors = new ArrayList<>();
        manifests.documents().forEach(document -> errors.addAll(schemas.validate(document)));
        assertThat(errors).singleElement().asString()
                .contains("Deployment/review-service").contains("initialDelaySecond");
    }

    @Test
    void a_kustomization_that_does_not_render_fails_the_test() {
        Path missing = Project.root().resolve("deploy/k8s-tests/src/test/resources/no-such-overlay");
        assertThatThrownBy(() -> kubectl.kustomize(missing)).hasMessageContaining("kubectl kustomize");
    }

    // ------------------------------------------------------------------------------------------ every module

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void every_service_module_has_a_deployment_with_probes_resources_and_a_locked_down_container(String overlay) {
        Manifests manifests = rendered(overlay);
        List<String> modules = Project.serviceModules();
        assertThat(modules).as("service modules of the root pom").hasSize(7).contains("gateway");
        // the local overlay's development MinIO (component objectstore) is infrastructure, not a service module
        assertThat(manifests.ofKind("Deployment")).filteredOn(d -> !"objectstore".equals(
                        d.at("/metadata/labels").path("app.kubernetes.io/component").asText()))
                .extracting(Manifests::name)
                .containsExactlyInAnyOrderElementsOf(modules);
        assertThat(manifests.find("Deployment", "onewindow-objectstore").isPresent()).as("a MinIO in " + overlay)
                .isEqualTo(overlay.equals("local"));
        for (String module : modules) {
            ObjectNode deployment = manifests.get("Deployment", module);
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            JsonNode container = single(pod.path("containers"), module + " containers");
            Set<String> portNames = new HashSet<>();
            container.path("ports").forEach(p -> portNames.add(p.path("name").asText()));

            assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).as(module + " liveness")
                    .isEqualTo("/actuator/health/liveness");
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).as(module + " readiness")
                    .isEqualTo("/actuator/health/readiness");
            assertThat(container.path("startupProbe").path("httpGet").path("path").asText()).as(module + " startup")
                    .startsWith("/actuator/health/");
            for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                assertThat(portNames).as(module + " " + probe + " port").contains(container.path(probe).path("httpGet").path("port").asText());
            }
            // Start-up may take minutes on a small CPU share before liveness takes over.
            JsonNode startup = container.path("startupProbe");
            assertThat(startup.path("periodSeconds").asInt(10) * startup.path("failureThreshold").asInt(3))
                    .as(module + " start-up allowance in seconds").isGreaterThanOrEqualTo(180);

            JsonNode resources = container.path("resources");
            for (String path : List.of("/requests/cpu", "/requests/memory", "/limits/memory")) {
                assertThat(resources.at(path).asText()).as(module + " resources" + path).isNotBlank();
            }

            JsonNode security = container.path("securityContext");
            assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as(module + " allowPrivilegeEscalation").isFalse();
            assertThat(security.path("readOnlyRootFilesystem").asBoolean(false)).as(module + " readOnlyRootFilesystem").isTrue();
            assertThat(security.path("capabilities").path("drop").toString()).as(module + " capabilities.drop").contains("\"ALL\"");
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean(false)).as(module + " runAsNonRoot").isTrue();
            assertThat(pod.path("securityContext").path("runAsUser").asInt(0)).as(module + " runAsUser").isPositive();
            // Read-only root: Tomcat and the JVM still need a writable /tmp.
            assertThat(container.path("volumeMounts").findValuesAsText("mountPath")).as(module + " mounts").contains("/tmp");

            // Rolling updates never drop below the wanted count; a new pod serves only once ready.
            JsonNode rolling = deployment.path("spec").path("strategy").path("rollingUpdate");
            assertThat(rolling.path("maxUnavailable").asInt(-1)).as(module + " maxUnavailable").isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void every_service_module_has_a_service_a_pod_disruption_budget_and_an_autoscaler(String overlay) {
        Manifests manifests = rendered(overlay);
        for (String module : Project.serviceModules()) {
            ObjectNode deployment = manifests.get("Deployment", module);
            JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
            JsonNode container = single(deployment.path("spec").path("template").path("spec").path("containers"), module);

            ObjectNode service = manifests.get("Service", module);
            assertThat(selects(service.path("spec").path("selector"), podLabels)).as(module + " Service selects its pods").isTrue();
            JsonNode servicePort = single(service.path("spec").path("ports"), module + " Service ports");
            assertThat(container.path("ports").findValuesAsText("name")).as(module + " Service targetPort")
                    .contains(servicePort.path("targetPort").asText());

            ObjectNode pdb = manifests.get("PodDisruptionBudget", module);
            assertThat(selects(pdb.path("spec").path("selector").path("matchLabels"), podLabels)).as(module + " PDB selects its pods").isTrue();
            assertThat(pdb.path("spec").has("maxUnavailable") || pdb.path("spec").has("minAvailable")).as(module + " PDB budget").isTrue();

            ObjectNode hpa = manifests.get("HorizontalPodAutoscaler", module);
            JsonNode target = hpa.path("spec").path("scaleTargetRef");
            assertThat(target.path("kind").asText() + "/" + target.path("name").asText()).isEqualTo("Deployment/" + module);
            assertThat(hpa.path("spec").path("minReplicas").asInt()).as(module + " HPA min").isPositive()
                    .isLessThanOrEqualTo(hpa.path("spec").path("maxReplicas").asInt());
            assertThat(hpa.path("spec").path("metrics").findValuesAsText("name")).as(module + " HPA metric").contains("cpu");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void every_module_listens_on_its_own_port_and_the_gateway_routes_to_the_services(String overlay) {
        Manifests manifests = rendered(overlay);
        for (String module : Project.serviceModules()) {
            Map<String, String> env = environment(manifests, module);
            int ownPort = Project.applicationYml(module).path("server").path("port").asInt();
            assertThat(env.get("SERVER_PORT")).as(module + " SERVER_PORT").isEqualTo(String.valueOf(ownPort));
            assertThat(env.get("SERVER_ADDRESS")).as(module + " must listen beyond loopback").isEqualTo("0.0.0.0");
            assertThat(env.get("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED")).isEqualTo("true");
            JsonNode container = single(manifests.get("Deployment", module).path("spec").path("template").path("spec").path("containers"), module);
            assertThat(container.path("ports").findValuesAsText("containerPort")).as(module + " containerPort").contains(String.valueOf(ownPort));
        }
        Map<String, String> gateway = environment(manifests, "gateway");
        List<String> services = Project.serviceModules().stream().filter(m -> m.endsWith("-service")).toList();
        for (String module : services) {
            String shortName = module.substring(0, module.length() - "-service".length());
            String route = gateway.get("ONEWINDOW_ROUTES_" + shortName.toUpperCase());
            int port = manifests.get("Service", module).path("spec").path("ports").get(0).path("port").asInt();
            assertThat(route).as("gateway route to " + module).isEqualTo("http://" + module + ":" + port);
        }
        ObjectNode ingress = manifests.get("Ingress", "gateway");
        assertThat(ingress.findValuesAsText("name")).as("ingress backend").contains("gateway");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void every_service_finds_its_own_database_and_kafka(String overlay) {
        Manifests manifests = rendered(overlay);
        Set<String> clustersUsed = new TreeSet<>();
        ObjectNode kafka = single(manifests.ofKind("Kafka"), "Kafka");
        JsonNode plain = single(kafka.path("spec").path("kafka").path("listeners"), "Kafka listeners");
        String bootstrap = Manifests.name(kafka) + "-kafka-bootstrap:" + plain.path("port").asInt();

        for (String module : Project.serviceModules()) {
            Map<String, String> env = environment(manifests, module);
            boolean hasDatabase = Project.applicationYml(module).path("spring").path("datasource").has("url");
            if (!hasDatabase) {
                assertThat(env).as(module + " has no database").doesNotContainKey("SPRING_DATASOURCE_URL");
                continue;
            }
            assertThat(env.get("SPRING_KAFKA_BOOTSTRAP_SERVERS")).as(module + " Kafka").isEqualTo(bootstrap);
            String url = env.get("SPRING_DATASOURCE_URL");
            assertThat(url).as(module + " SPRING_DATASOURCE_URL").matches("jdbc:postgresql://[a-z0-9-]+-rw:5432/[a-z0-9_]+");
            String cluster = url.substring("jdbc:postgresql://".length(), url.indexOf("-rw:"));
            String database = url.substring(url.lastIndexOf('/') + 1);
            ObjectNode pg = manifests.get("Cluster", cluster);
            assertThat(pg.at("/spec/bootstrap/initdb/database").asText()).as(cluster + " database").isEqualTo(database);
            assertThat(clustersUsed.add(cluster)).as("one database per service: " + cluster + " used twice").isTrue();

            JsonNode container = single(manifests.get("Deployment", module).path("spec").path("template").path("spec").path("containers"), module);
            for (String variable : List.of("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD")) {
                JsonNode ref = envVar(container, variable).path("valueFrom").path("secretKeyRef");
                assertThat(ref.path("name").asText()).as(module + " " + variable).isEqualTo(cluster + "-app");
            }
        }
        assertThat(manifests.ofKind("Cluster")).extracting(Manifests::name).containsExactlyInAnyOrderElementsOf(clustersUsed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void every_config_map_and_secret_a_deployment_names_exists_or_is_made_outside(String overlay) {
        Manifests manifests = rendered(overlay);
        Set<String> configMaps = new HashSet<>(manifests.ofKind("ConfigMap").stream().map(Manifests::name).toList());
        Set<String> secrets = new HashSet<>(manifests.ofKind("Secret").stream().map(Manifests::name).toList());
        manifests.ofKind("Cluster").forEach(c -> secrets.add(Manifests.name(c) + "-app"));
        secrets.addAll(overlay.equals("production") ? EXTERNAL_SECRETS_PRODUCTION : EXTERNAL_SECRETS_LOCAL);
        List<String> missing = new ArrayList<>();
        for (ObjectNode deployment : manifests.ofKind("Deployment")) {
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            pod.findValues("configMapRef").forEach(ref -> check(configMaps, ref.path("name").asText(), deployment, missing));
            pod.findValues("secretRef").forEach(ref -> check(secrets, ref.path("name").asText(), deployment, missing));
            pod.findValues("secretKeyRef").forEach(ref -> check(secrets, ref.path("name").asText(), deployment, missing));
            pod.findValues("secret").forEach(ref -> check(secrets, ref.path("secretName").asText(), deployment, missing));
        }
        manifests.ofKind("Ingress").forEach(ingress -> ingress.path("spec").path("tls")
                .forEach(tls -> check(secrets, tls.path("secretName").asText(), ingress, missing)));
        assertThat(missing).as("references to nothing").isEmpty();
    }

    // ------------------------------------------------------------------------------------------ Kafka topics

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void every_stream_and_every_dead_letter_topic_is_a_kafka_topic(String overlay) {
        Manifests manifests = rendered(overlay);
        String kafka = Manifests.name(single(manifests.ofKind("Kafka"), "Kafka"));
        Map<String, ObjectNode> byTopic = new HashMap<>();
        for (ObjectNode topic : manifests.ofKind("KafkaTopic")) {
            assertThat(topic.at("/metadata/labels/strimzi.io~1cluster").asText()).as(Manifests.id(topic) + " cluster label").isEqualTo(kafka);
            String name = topic.at("/spec/topicName").asText(Manifests.name(topic));
            assertThat(byTopic.put(name, topic)).as("topic " + name + " declared twice").isNull();
        }
        Set<String> expected = new TreeSet<>();
        for (Stream stream : Stream.values()) {
            expected.add(stream.defaultTopic());
            ObjectNode topic = byTopic.get(stream.defaultTopic());
            assertThat(topic).as("KafkaTopic for stream " + stream).isNotNull();
            assertThat(topic.at("/spec/partitions").asInt()).as(stream + " partitions").isEqualTo(6);
            String policy = topic.at("/spec/config/cleanup.policy").asText("delete");
            assertThat(policy).as(stream + " cleanup.policy").isEqualTo(stream.compacted() ? "compact" : "delete");
            if (!stream.compacted()) {
                // the public streams keep their whole history: dashboards rebuild from the beginning (issue 12)
                assertThat(topic.at("/spec/config/retention.ms").asLong()).as(stream + " retention.ms unlimited")
                        .isEqualTo(Long.parseLong(Stream.RETENTION_FOREVER));
            }
        }
        TreeSet<String> groups = Project.consumerGroups();
        assertThat(groups).as("consumer groups in the services' code").contains("intake", "review", "supervision", "rating");
        for (String group : groups) {
            expected.add(group + ".dlt");
            assertThat(byTopic).as("dead-letter KafkaTopic of group " + group).containsKey(group + ".dlt");
        }
        assertThat(new TreeSet<>(byTopic.keySet())).as("no topic nobody uses").isEqualTo(expected);
        for (String module : Project.serviceModules()) {
            assertThat(environment(manifests, module).get("ONEWINDOW_MESSAGING_CREATETOPICS")).as(module
                    + " leaves topics to Strimzi").isEqualTo("false");
        }
    }

    // ------------------------------------------------------------------------------------------ production

    @Test
    void production_runs_three_synchronously_replicated_postgres_instances_per_service() {
        for (ObjectNode cluster : rendered("production").ofKind("Cluster")) {
            String id = Manifests.id(cluster);
            JsonNode spec = cluster.path("spec");
            assertThat(spec.path("instances").asInt()).as(id + " instances").isEqualTo(3);
            JsonNode synchronous = spec.path("postgresql").path("synchronous");
            int syncStandbys = Math.max(synchronous.path("number").asInt(0), spec.path("minSyncReplicas").asInt(0));
            assertThat(syncStandbys).as(id + " synchronous standbys").isGreaterThanOrEqualTo(1);
            assertThat(synchronous.path("method").asText()).as(id + " method").isIn("any", "first");
            // "preferred" would let writes continue unreplicated when the standbys are gone.
            assertThat(synchronous.path("dataDurability").asText("required")).as(id + " dataDurability").isEqualTo("required");
            assertThat(synchronous.path("failoverQuorum").asBoolean(false)).as(id + " failoverQuorum").isTrue();
        }
    }

    @Test
    void production_runs_a_kraft_quorum_and_replicates_every_topic() {
        Manifests manifests = rendered("production");
        int controllers = 0;
        int brokers = 0;
        for (ObjectNode pool : manifests.ofKind("KafkaNodePool")) {
            String rolesText = pool.path("spec").path("roles").toString();
            int replicas = pool.path("spec").path("replicas").asInt();
            controllers += rolesText.contains("controller") ? replicas : 0;
            brokers += rolesText.contains("broker") ? replicas : 0;
        }
        assertThat(controllers).as("KRaft controllers").isEqualTo(3);
        assertThat(brokers).as("brokers").isGreaterThanOrEqualTo(3);
        JsonNode config = single(manifests.ofKind("Kafka"), "Kafka").path("spec").path("kafka").path("config");
        assertThat(config.path("min.insync.replicas").asInt()).isEqualTo(2);
        for (ObjectNode topic : manifests.ofKind("KafkaTopic")) {
            assertThat(topic.at("/spec/replicas").asInt()).as(Manifests.id(topic) + " replicas").isEqualTo(3);
            assertThat(topic.at("/spec/config/min.insync.replicas").asInt()).as(Manifests.id(topic) + " min ISR").isEqualTo(2);
        }
    }

    @Test
    void production_runs_several_instances_with_tracing_and_without_the_development_issuer() {
        Manifests manifests = rendered("production");
        for (String module : Project.serviceModules()) {
            ObjectNode deployment = manifests.get("Deployment", module);
            assertThat(deployment.at("/spec/replicas").asInt()).as(module + " replicas").isGreaterThanOrEqualTo(2);
            assertThat(manifests.get("HorizontalPodAutoscaler", module).at("/spec/minReplicas").asInt()).as(module + " HPA min")
                    .isGreaterThanOrEqualTo(2);
            Map<String, String> env = environment(manifests, module);
            assertThat(env.get("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT")).as(module + " OTLP endpoint").startsWith("http");
            assertThat(env.get("MANAGEMENT_TRACING_EXPORT_ENABLED")).isEqualTo("true");
            assertThat(env).as(module + " dev issuer").doesNotContainKey("ONEWINDOW_DEVISSUER_ENABLED");
            assertThat(env).as(module + " dev key").doesNotContainKey("ONEWINDOW_SECURITY_JWT_PUBLICKEYLOCATION");
            String image = single(deployment.at("/spec/template/spec/containers"), module).path("image").asText();
            assertThat(image).as(module + " image from a registry, a release tag").contains("/" + module + ":").doesNotContain("SNAPSHOT");
        }
        assertThat(manifests.get("Ingress", "gateway").at("/spec/tls")).as("TLS on the ingress").isNotEmpty();
    }

    @Test
    void local_runs_one_of_everything_with_the_development_issuer() {
        Manifests manifests = rendered("local");
        manifests.ofKind("Deployment").forEach(d -> assertThat(d.at("/spec/replicas").asInt()).as(Manifests.id(d)).isEqualTo(1));
        manifests.ofKind("Cluster").forEach(c -> assertThat(c.at("/spec/instances").asInt()).as(Manifests.id(c)).isEqualTo(1));
        assertThat(environment(manifests, "gateway").get("ONEWINDOW_DEVISSUER_ENABLED")).isEqualTo("true");
        for (String module : Project.serviceModules()) {
            assertThat(environment(manifests, module).get("ONEWINDOW_SECURITY_JWT_PUBLICKEYLOCATION")).as(module)
                    .isEqualTo("file:/keys/jwt-public.pem");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void the_services_that_keep_documents_find_the_object_store(String overlay) {
        Manifests manifests = rendered(overlay);
        for (String module : List.of("intake-service", "review-service")) {
            Map<String, String> env = environment(manifests, module);
            assertThat(env).as(module).containsEntry("ONEWINDOW_OBJECTSTORE_BUCKET", "onewindow-documents")
                    .containsEntry("ONEWINDOW_OBJECTSTORE_PATHSTYLE", "true")
                    .containsKey("ONEWINDOW_OBJECTSTORE_ENDPOINT");
            if (overlay.equals("local")) {
                assertThat(env).as(module).containsKeys("ONEWINDOW_OBJECTSTORE_ACCESSKEY", "ONEWINDOW_OBJECTSTORE_SECRETKEY")
                        .containsEntry("ONEWINDOW_OBJECTSTORE_CREATEBUCKET", "true");
                String host = java.net.URI.create(env.get("ONEWINDOW_OBJECTSTORE_ENDPOINT")).getHost();
                assertThat(manifests.find("Service", host)).as("the endpoint's Service " + host).isPresent();
            } else {
                assertThat(env.get("ONEWINDOW_OBJECTSTORE_ENDPOINT")).startsWith("https://");
                assertThat(env).doesNotContainKey("ONEWINDOW_OBJECTSTORE_CREATEBUCKET");
            }
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    /**
     * The literal environment a container gets from its envFrom ConfigMaps and generated Secrets and its
     * own {@code env} values (later sources win, as in Kubernetes); references to outside Secrets add nothing.
     */
    private static Map<String, String> environment(Manifests manifests, String module) {
        JsonNode container = single(manifests.get("Deployment", module).at("/spec/template/spec/containers"), module);
        Map<String, String> env = new HashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("configMapRef")) {
                manifests.find("ConfigMap", source.path("configMapRef").path("name").asText())
                        .ifPresent(cm -> cm.path("data").properties().forEach(e -> env.put(e.getKey(), e.getValue().asText())));
            }
            if (source.has("secretRef")) {
                manifests.find("Secret", source.path("secretRef").path("name").asText())
                        .ifPresent(secret -> secret.path("data").properties().forEach(e -> env.put(e.getKey(),
                                new String(java.util.Base64.getDecoder().decode(e.getValue().asText())))));
            }
        }
        for (JsonNode variable : container.path("env")) {
            if (variable.has("value")) {
                env.put(variable.path("name").asText(), variable.path("value").asText());
            }
        }
        return env;
    }

    private static JsonNode envVar(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (name.equals(variable.path("name").asText())) {
                return variable;
            }
        }
        throw new AssertionError("container has no env " + name);
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        if (!selector.isObject() || selector.isEmpty()) {
            return false;
        }
        for (var entry : selector.properties()) {
            if (!entry.getValue().asText().equals(labels.path(entry.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode single(JsonNode array, String what) {
        assertThat(array.size()).as(what).isEqualTo(1);
        return array.get(0);
    }

    private static ObjectNode single(List<ObjectNode> documents, String what) {
        assertThat(documents).as(what).hasSize(1);
        return documents.getFirst();
    }

    private static void check(Set<String> known, String name, JsonNode from, List<String> missing) {
        if (!name.isEmpty() && !known.contains(name)) {
            missing.add(Manifests.id(from) + " -> " + name);
        }
    }
}

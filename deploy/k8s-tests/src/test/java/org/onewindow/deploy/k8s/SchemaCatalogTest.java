package org.onewindow.deploy.k8s;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validator itself, on small documents written here (no kubectl needed): correct documents pass, and a
 * mistyped or mis-typed field fails, for a built-in kind and for each operator's CRD.
 */
class SchemaCatalogTest {

    private static SchemaCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = SchemaCatalog.load(Project.k8s().resolve("schemas"));
    }

    private static ObjectNode yaml(String text) {
        return (ObjectNode) Manifests.parse(text).documents().getFirst();
    }

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: review-service
            spec:
              selector:
                matchLabels: {app: review}
              template:
                metadata:
                  labels: {app: review}
                spec:
                  containers:
                    - name: app
                      image: onewindow/review-service:1
                      %s:
                        httpGet: {path: /actuator/health/readiness, port: 8083}
            """;

    @Test
    void knows_every_kind_the_manifests_use() {
        assertThat(catalog.kinds()).contains(
                "v1 Namespace", "v1 ConfigMap", "v1 Secret", "v1 Service", "apps/v1 Deployment",
                "policy/v1 PodDisruptionBudget", "autoscaling/v2 HorizontalPodAutoscaler", "networking.k8s.io/v1 Ingress",
                "kafka.strimzi.io/v1 Kafka", "kafka.strimzi.io/v1 KafkaNodePool", "kafka.strimzi.io/v1 KafkaTopic",
                "postgresql.cnpg.io/v1 Cluster");
    }

    @Test
    void a_correct_deployment_passes() {
        assertThat(catalog.validate(yaml(DEPLOYMENT.formatted("readinessProbe")))).isEmpty();
    }

    @Test
    void a_mistyped_deployment_field_fails() {
        List<String> errors = catalog.validate(yaml(DEPLOYMENT.formatted("readinesProbe")));
        assertThat(errors).singleElement().asString()
                .contains("Deployment/review-service").contains("readinesProbe");
    }

    @Test
    void a_value_of_the_wrong_type_fails() {
        ObjectNode deployment = yaml(DEPLOYMENT.formatted("readinessProbe"));
        deployment.withObject("/spec").put("replicas", "three");
        assertThat(catalog.validate(deployment)).singleElement().asString().contains("replicas");
    }

    @Test
    void a_mistyped_field_in_a_strimzi_resource_fails() {
        String kafka = """
                apiVersion: kafka.strimzi.io/v1
                kind: Kafka
                metadata: {name: onewindow}
                spec:
                  kafka:
                    %s:
                      - {name: plain, port: 9092, type: internal, tls: false}
                    config:
                      any.broker.setting: 1
                  entityOperator:
                    topicOperator: {}
                """;
        assertThat(catalog.validate(yaml(kafka.formatted("listeners")))).as("correct Kafka, free-form config").isEmpty();
        assertThat(catalog.validate(yaml(kafka.formatted("listners")))).anySatisfy(error ->
                assertThat(error).contains("Kafka/onewindow").contains("listners"));
    }

    @Test
    void a_wrong_value_in_a_strimzi_topic_fails() {
        String topic = """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: review-cases, labels: {strimzi.io/cluster: onewindow}}
                spec: {topicName: review.cases, partitions: %s, replicas: 3}
                """;
        assertThat(catalog.validate(yaml(topic.formatted("6")))).isEmpty();
        assertThat(catalog.validate(yaml(topic.formatted("six")))).singleElement().asString().contains("partitions");
    }

    @Test
    void a_mistyped_field_in_a_cloud_native_pg_cluster_fails() {
        String cluster = """
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: review-db}
                spec:
                  instances: 3
                  storage: {size: 1Gi}
                  postgresql:
                    synchronous: {method: any, number: 1, %s: required}
                """;
        assertThat(catalog.validate(yaml(cluster.formatted("dataDurability")))).isEmpty();
        assertThat(catalog.validate(yaml(cluster.formatted("dataDurabilty")))).singleElement().asString()
                .contains("Cluster/review-db").contains("dataDurabilty");
    }

    @Test
    void an_unknown_field_in_the_metadata_of_a_custom_resource_fails() {
        ObjectNode topic = yaml("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: review-cases, label: {strimzi.io/cluster: onewindow}}
                spec: {partitions: 6, replicas: 3}
                """);
        assertThat(catalog.validate(topic)).singleElement().asString().contains("label");
    }

    @Test
    void a_kind_without_a_vendored_schema_fails() {
        ObjectNode unknown = yaml("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: {name: old-api}
                spec: {partitions: 6}
                """);
        assertThat(catalog.validate(unknown)).singleElement().asString().contains("no vendored schema");
    }
}

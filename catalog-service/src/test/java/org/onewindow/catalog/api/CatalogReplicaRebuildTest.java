package org.onewindow.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.platform.test.KafkaTestSupport.header;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Stream;
import org.onewindow.contracts.catalog.DepartmentChanged;
import org.onewindow.contracts.catalog.ItemVersionChanged;
import org.onewindow.contracts.catalog.ServiceCentreChanged;
import org.onewindow.platform.messaging.CloudEventHeaders;
import org.onewindow.platform.test.SharedInfrastructure;
import tools.jackson.databind.JsonNode;

/**
 * A consumer that joins late rebuilds its replica of the catalog from the compacted {@code catalog.items} topic
 * alone: reading it from the beginning with a fresh group and keeping the last event per key gives the state
 * the catalog's own API shows, for every published item, department and centre.
 */
class CatalogReplicaRebuildTest extends CatalogIntegrationTest {

    @Test
    void the_items_topic_is_compacted_so_the_last_event_per_key_survives() throws Exception {
        String topic = topics.topic(Stream.CATALOG_ITEMS);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafkaBootstrapServers()))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).contains(TopicConfig.CLEANUP_POLICY_COMPACT);
        }
    }

    @Test
    void a_new_consumer_rebuilds_every_published_item_department_and_centre_from_the_topic_alone() throws Exception {
        Map<String, JsonNode> catalog = publishedItemsAsTheApiShowsThem();
        assertThat(catalog).containsKeys("FOOD-BIZ-LICENCE", "OUTDOOR-AD-PERMIT", "ELDERLY-ALLOWANCE").hasSizeGreaterThanOrEqualTo(30);
        Map<String, String> departments = names("/api/catalog/v1/departments");
        Map<String, String> centres = names("/api/catalog/v1/centres");

        var records = readStream(Stream.CATALOG_ITEMS, read -> {
            Map<String, JsonNode> replica = replica(read);
            return catalog.entrySet().stream().allMatch(e -> sameVersionAndStatus(replica.get(e.getKey()), e.getValue()))
                    && departments.keySet().stream().allMatch(c -> replica.containsKey(DepartmentChanged.KEY_PREFIX + c))
                    && centres.keySet().stream().allMatch(c -> replica.containsKey(ServiceCentreChanged.KEY_PREFIX + c));
        });
        Map<String, JsonNode> replica = replica(records);

        catalog.forEach((code, version) -> {
            JsonNode event = replica.get(code);
            assertThat(event).as("replica of %s", code).isNotNull();
            assertThat(sameVersionAndStatus(event, version)).as("version and status of %s", code).isTrue();
            JsonNode definition = version.path("definition");
            assertThat(event.path("name").asString()).isEqualTo(definition.path("name").asString());
            assertThat(event.path("supervisingDepartment").asString())
                    .isEqualTo(definition.path("supervisingDepartment").asString());
            assertThat(event.path("promisedLimitDays").asInt()).isEqualTo(definition.path("promisedLimit").asInt());
            assertThat(event.path("statutoryLimitDays").asInt()).isEqualTo(definition.path("statutoryLimit").asInt());
            assertThat(event.path("immediate").asBoolean()).isEqualTo(definition.path("immediate").asBoolean());
            assertThat(event.path("route").path("departments")).isEqualTo(definition.path("route").path("departments"));
            assertThat(codes(event.path("materials"))).isEqualTo(codes(definition.path("materials")));
        });
        departments.forEach((code, name) ->
                assertThat(replica.get(DepartmentChanged.KEY_PREFIX + code).path("name").asString()).isEqualTo(name));
        centres.forEach((code, name) ->
                assertThat(replica.get(ServiceCentreChanged.KEY_PREFIX + code).path("name").asString()).isEqualTo(name));

        JsonNode food = replica.get("FOOD-BIZ-LICENCE");
        assertThat(food.path("route").path("mode").asString()).isEqualTo("PARALLEL");
        assertThat(codes(food.path("materials"))).containsExactly("APPLICATION-FORM", "ID-DOC", "PREMISES-PROOF",
                "LAYOUT-PLAN", "FOOD-SAFETY-RULES");
        assertThat(replica.get("ELDERLY-ALLOWANCE").path("immediate").asBoolean()).isTrue();
    }

    /** What a consumer keeps: the last event per key (the broker's compaction keeps the same). */
    private Map<String, JsonNode> replica(List<ConsumerRecord<String, String>> records) {
        Map<String, JsonNode> replica = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            String type = header(record, CloudEventHeaders.TYPE);
            if (EventTypes.ceType(ItemVersionChanged.class).equals(type) || EventTypes.ceType(DepartmentChanged.class).equals(type)
                    || EventTypes.ceType(ServiceCentreChanged.class).equals(type)) {
                replica.put(record.key(), parse(record.value()));
            }
        }
        return replica;
    }

    /** Item code → the version in force (published, suspended or revoked), as {@code GET .../versions/{n}} shows it. */
    private Map<String, JsonNode> publishedItemsAsTheApiShowsThem() throws Exception {
        Map<String, JsonNode> catalog = new LinkedHashMap<>();
        for (JsonNode item : getJson("/api/catalog/v1/items?size=200").path("items")) {
            if (!item.path("currentVersion").isNull() && !item.path("currentVersion").isMissingNode()) {
                String code = item.path("itemCode").asString();
                catalog.put(code, getJson("/api/catalog/v1/items/" + code + "/versions/" + item.path("currentVersion").asInt()));
            }
        }
        return catalog;
    }

    private Map<String, String> names(String path) throws Exception {
        Map<String, String> names = new LinkedHashMap<>();
        getJson(path + "?size=200").path("items").forEach(n -> names.put(n.path("code").asString(), n.path("name").asString()));
        assertThat(names).isNotEmpty();
        return names;
    }

    private JsonNode getJson(String path) throws Exception {
        return parse(mvc.perform(get(path).header("Authorization", CLERK)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static boolean sameVersionAndStatus(JsonNode event, JsonNode version) {
        return event != null && event.path("version").asInt() == version.path("number").asInt()
                && event.path("status").asString().equals(version.path("status").asString());
    }

    private static List<String> codes(JsonNode materials) {
        return materials.valueStream().map(m -> m.path("code").asString()).toList();
    }
}

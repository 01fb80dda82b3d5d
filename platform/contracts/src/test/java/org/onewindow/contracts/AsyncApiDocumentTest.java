package org.onewindow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The AsyncAPI document dashboards read names every event type, every stream and every schema file. */
class AsyncApiDocumentTest {

    private static Map<String, Object> doc;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = resource(EventSchemas.ASYNCAPI)) {
            doc = new Yaml().load(in);
        }
    }

    @Test
    void is_an_async_api_3_document() {
        assertThat(doc).containsEntry("asyncapi", "3.0.0").containsKeys("info", "channels", "operations", "components");
    }

    @Test
    void names_every_event_type_of_the_catalog_and_nothing_else() {
        assertThat(map(map(doc, "components"), "messages").keySet())
                .containsExactlyInAnyOrderElementsOf(EventCatalog.ceTypes());
    }

    @Test
    void every_message_payload_is_its_schema_file_and_the_file_exists() {
        for (String ceType : EventCatalog.ceTypes()) {
            Map<String, Object> message = map(map(map(doc, "components"), "messages"), ceType);
            Object ref = map(map(message, "payload"), "schema").get("$ref");

            assertThat(ref).as(ceType).isEqualTo("./schemas/" + ceType + ".json");
            assertThat(EventSchemas.class.getClassLoader().getResource(EventSchemas.schemaResource(ceType)))
                    .as(ceType).isNotNull();
        }
    }

    @Test
    void every_schema_file_belongs_to_an_event_type_of_the_catalog() throws IOException, URISyntaxException {
        Path folder = Path.of(Objects.requireNonNull(
                EventSchemas.class.getClassLoader().getResource(EventSchemas.SCHEMA_FOLDER)).toURI());
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString().replaceFirst("\\.json$", "")))
                    .containsExactlyInAnyOrderElementsOf(EventCatalog.ceTypes());
        }
    }

    @Test
    void every_stream_is_a_channel_on_its_default_topic_carrying_exactly_its_event_types() {
        Map<String, Object> channels = map(doc, "channels");
        for (Stream stream : Stream.values()) {
            Map<String, Object> channel = channels.values().stream().map(AsyncApiDocumentTest::asMap)
                    .filter(c -> stream.defaultTopic().equals(c.get("address")))
                    .findFirst().orElseThrow(() -> new AssertionError("no channel for " + stream));
            List<String> expected = EventCatalog.onStream(stream).stream().map(EventTypes::ceType).toList();
            Map<String, Object> kafka = map(map(channel, "bindings"), "kafka");

            assertThat(map(channel, "messages").keySet()).as(stream.name()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(map(kafka, "topicConfiguration").get("cleanup.policy")).as(stream.name())
                    .isEqualTo(List.of(stream.compacted() ? "compact" : "delete"));
        }
        assertThat(channels).hasSize(Stream.values().length);
    }

    @Test
    void every_message_declares_the_cloud_events_headers_and_its_key() {
        Map<String, Object> headers = map(map(map(map(doc, "components"), "schemas"), "CloudEventsHeaders"), "properties");
        assertThat(headers).containsKeys("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time",
                "content-type", "traceparent");

        map(map(doc, "components"), "messages").forEach((ceType, value) -> {
            Map<String, Object> message = asMap(value);
            assertThat(message.get("headers").toString()).as(ceType)
                    .contains("#/components/schemas/CloudEventsHeaders").contains(ceType);
            assertThat(map(map(map(message, "bindings"), "kafka"), "key")).as(ceType).containsEntry("type", "string");
        });
    }

    @Test
    void every_operation_points_at_a_channel_of_the_document() {
        Map<String, Object> channels = map(doc, "channels");
        map(doc, "operations").forEach((id, value) -> {
            Object ref = map(asMap(value), "channel").get("$ref");
            assertThat(ref.toString()).as(id).startsWith("#/channels/");
            assertThat(channels).as(id).containsKey(ref.toString().substring("#/channels/".length()));
        });
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(EventSchemas.class.getClassLoader().getResourceAsStream(name), name);
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).as("key " + key).containsKey(key);
        return asMap(parent.get(key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}

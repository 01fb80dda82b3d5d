package org.onewindow.platform.test.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventCatalog;
import org.onewindow.contracts.EventSchemas;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The compatibility gate of the event contracts (platform-contracts): every event type's JSON Schema and the
 * AsyncAPI document's streams, against the baselines committed in this module's
 * {@code src/test/resources/compatibility/}. It lives here, not in platform-contracts, because the gate is in this
 * module and this module depends on the contracts (the contracts' tests cannot depend back on it).
 */
class EventContractBaselineTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void the_event_schemas_change_only_on_purpose() {
        Set<String> tolerated = toleratedEnums();

        Baseline.of(EventContractBaselineTest.class, "event-schemas.json")
                .verify(currentSchemas(), (baseline, current) -> CompatibilityCheck.eventSchemas(baseline, current,
                        tolerated));
    }

    @Test
    void the_streams_change_only_on_purpose() {
        Baseline.of(EventContractBaselineTest.class, "asyncapi.json")
                .verify(currentAsyncApi(), CompatibilityCheck::asyncApi);
    }

    @Test
    void every_tolerated_enum_is_an_enum_of_an_event_and_recorded_in_the_changelog() throws IOException {
        JsonNode schemas = currentSchemas();
        Path root = Baseline.of(EventContractBaselineTest.class, "tolerated-event-enums.json").repositoryRoot();
        String changelog = Files.readString(root.resolve("docs/changelog.md"), StandardCharsets.UTF_8);

        for (String place : toleratedEnums()) {
            String type = place.substring(0, place.indexOf('#'));
            JsonNode schema = schemas.path(type).at(place.substring(place.indexOf('#') + 1));
            assertThat(schema.has("enum")).as(place + " is an enum of an event schema").isTrue();
            assertThat(changelog).as(place + " is recorded in docs/changelog.md").contains(place);
        }
        assertThat(changelog).startsWith("# Changelog for integrators");
    }

    /** {@code {"<ce_type>": <schema>}} for every event type of the catalog, from the classpath. */
    private static JsonNode currentSchemas() {
        ObjectNode schemas = JsonNodeFactory.instance.objectNode();
        for (String type : EventCatalog.ceTypes()) {
            schemas.set(type, JSON.readTree(resource(EventSchemas.SCHEMA_FOLDER + type + ".json")));
        }
        return schemas;
    }

    private static JsonNode currentAsyncApi() {
        Map<String, Object> document = new Yaml().load(resource(EventSchemas.ASYNCAPI));
        return JSON.valueToTree(document);
    }

    private static Set<String> toleratedEnums() {
        JsonNode file = Baseline.of(EventContractBaselineTest.class, "tolerated-event-enums.json").read();
        return new LinkedHashSet<>(file.path("tolerated").propertyNames());
    }

    /** Resources by name: EventSchemas itself is not initialised, it needs the schema validator on the classpath. */
    private static String resource(String name) {
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

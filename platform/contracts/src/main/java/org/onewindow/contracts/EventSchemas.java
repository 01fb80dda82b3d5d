package org.onewindow.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Validates an event's JSON against its published schema, for producers' own tests ("producer tests
 * validate what they emit").
 * <p>
 * Needs {@code com.networknt:json-schema-validator} on the classpath: this module declares it
 * {@code <optional>true</optional>}, so services do not carry it at runtime and add it with test scope
 * where they call this class. The validator parses JSON with Jackson 2, which it brings itself.
 */
public final class EventSchemas {

    /** Classpath folder of the schemas; a schema file is named {@code <ce_type>.json}. */
    public static final String SCHEMA_FOLDER = "org/onewindow/contracts/schemas/";

    /** Classpath location of the AsyncAPI 3.0 document describing every stream. */
    public static final String ASYNCAPI = "org/onewindow/contracts/asyncapi.yaml";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // Formats (date, date-time, uuid) are only annotations in 2020-12 unless asserted: we want them checked.
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Classpath resource of the schema of a {@code ce_type}. */
    public static String schemaResource(String ceType) {
        return SCHEMA_FOLDER + ceType + ".json";
    }

    /**
     * Validates {@code json} against the schema of {@code ceType}.
     *
     * @return one readable message per violation, each starting with the JSON Pointer of the offending value
     *         (e.g. {@code /applicant/maskedIdNumber: does not match the regex pattern \*}); empty when valid
     * @throws IllegalArgumentException if no schema exists for {@code ceType}
     */
    public static List<String> validate(String ceType, String json) {
        JsonSchema schema = CACHE.computeIfAbsent(ceType, EventSchemas::load);
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            return List.of("not valid JSON: " + e.getOriginalMessage());
        }
        return schema.validate(node).stream()
                .sorted(Comparator.comparing(ValidationMessage::getMessage))
                .map(ValidationMessage::getMessage)
                .toList();
    }

    /** Validates an event serialised by the caller, looking its {@code ce_type} up from its class. */
    public static List<String> validate(Class<? extends DomainEvent> eventClass, String json) {
        return validate(EventTypes.ceType(eventClass), json);
    }

    private static JsonSchema load(String ceType) {
        String resource = schemaResource(ceType);
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No schema for ce_type " + ceType + " (expected " + resource + ")");
            }
            return FACTORY.getSchema(in, CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

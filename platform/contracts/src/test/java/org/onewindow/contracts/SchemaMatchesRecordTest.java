package org.onewindow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The hand-written schemas and the records cannot drift apart: same properties in the same order, and
 * exactly the non-{@link Nullable} components required, at every level of nesting.
 */
class SchemaMatchesRecordTest {

    static final List<Class<? extends DomainEvent>> TYPES = EventCatalog.ALL;

    @ParameterizedTest(name = "{0}")
    @FieldSource("TYPES")
    void schema_describes_exactly_the_record(Class<? extends DomainEvent> type) throws IOException {
        List<String> problems = new ArrayList<>();

        compare(type, schemaOf(type), "$", problems);

        assertThat(problems).isEmpty();
    }

    private static void compare(Class<?> record, JsonNode schema, String path, List<String> problems) {
        List<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
        List<String> properties = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        if (!components.equals(properties)) {
            problems.add(path + ": record has " + components + ", schema has " + properties);
            return;
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        List<String> nonNullable = Arrays.stream(record.getRecordComponents())
                .filter(c -> !c.getAnnotatedType().isAnnotationPresent(Nullable.class))
                .map(RecordComponent::getName).toList();
        if (!nonNullable.equals(required)) {
            problems.add(path + ": non-nullable components " + nonNullable + ", schema requires " + required);
        }
        if (!schema.path("additionalProperties").isBoolean() || schema.path("additionalProperties").asBoolean()) {
            problems.add(path + ": additionalProperties must be false");
        }
        for (RecordComponent c : record.getRecordComponents()) {
            JsonNode property = schema.path("properties").path(c.getName());
            Type type = c.getGenericType();
            String at = path + "." + c.getName();
            if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
                type = list.getActualTypeArguments()[0];
                property = property.path("items");
                at += "[]";
            }
            if (type instanceof Class<?> nested && nested.isRecord()) {
                compare(nested, property, at, problems);
            } else if (type instanceof Class<?> e && e.isEnum()) {
                List<String> constants = Arrays.stream(e.getEnumConstants()).map(k -> ((Enum<?>) k).name()).toList();
                List<String> listed = new ArrayList<>();
                property.path("enum").forEach(v -> {
                    if (!v.isNull()) {
                        listed.add(v.asText());
                    }
                });
                if (!constants.equals(listed)) {
                    problems.add(at + ": enum " + constants + ", schema lists " + listed);
                }
            }
        }
    }

    private static JsonNode schemaOf(Class<? extends DomainEvent> type) throws IOException {
        String resource = EventSchemas.schemaResource(EventTypes.ceType(type));
        try (InputStream in = SchemaMatchesRecordTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}

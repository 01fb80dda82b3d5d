package org.onewindow.platform.test.compatibility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One text per meaning, so a baseline only changes when the API does: keys sorted, the arrays that are sets sorted
 * ({@code required}, {@code tags}), and what depends on where the document was fetched dropped ({@code servers}:
 * springdoc writes the URL the request came in on). Springdoc writes no timestamps.
 */
public final class CanonicalJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Set<String> SET_ARRAYS = Set.of("required", "tags");
    private static final Set<String> DROPPED_AT_ROOT = Set.of("servers");

    private CanonicalJson() {
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    /** A sorted copy of {@code document} without what depends on where it was fetched. */
    public static JsonNode of(JsonNode document) {
        JsonNode sorted = sorted(document, "");
        if (sorted instanceof ObjectNode root) {
            root.remove(DROPPED_AT_ROOT);
        }
        return sorted;
    }

    /** Pretty-printed, two spaces, one final newline. */
    public static String write(JsonNode document) {
        return JSON.writeValueAsString(document).replace("\r\n", "\n") + "\n";
    }

    private static JsonNode sorted(JsonNode node, String key) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.propertyNames().stream().sorted().forEach(name -> copy.set(name, sorted(node.get(name), name)));
            return copy;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.values().forEach(item -> items.add(sorted(item, "")));
            if (SET_ARRAYS.contains(key)) {
                // strings by value; tag objects ({"name": ...}) by name
                items.sort(Comparator.comparing(item -> item.isString() ? item.stringValue()
                        : item.path("name").asString(item.toString())));
            }
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            items.forEach(copy::add);
            return copy;
        }
        return node;
    }
}

package org.onewindow.platform.test.compatibility;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * Compares one JSON Schema (2020-12, or OpenAPI's dialect of it) of the baseline with the current one, in the
 * direction the data flows: what a client sends ({@link Direction#REQUEST}), what it reads
 * ({@link Direction#RESPONSE}), or what a consumer reads from a topic, including records written long ago
 * ({@link Direction#EVENT}). Local {@code $ref}s are followed in both documents, so a renamed but unchanged
 * component is no change, and each pair of schemas is walked once per direction (recursive schemas end).
 */
final class SchemaComparison {

    enum Direction { REQUEST, RESPONSE, EVENT }

    private static final List<String> UPPER_BOUNDS = List.of("maxLength", "maxItems", "maxProperties", "maximum",
            "exclusiveMaximum");
    private static final List<String> LOWER_BOUNDS = List.of("minLength", "minItems", "minProperties", "minimum",
            "exclusiveMinimum");
    private static final List<String> ARRAYS_OF_PARTS = List.of("allOf", "oneOf", "anyOf");
    private static final List<String> SINGLE_PARTS = List.of("if", "then", "else", "not");

    private final JsonNode baselineRoot;
    private final JsonNode currentRoot;
    private final String prefix;
    private final Set<String> toleratedEnums;
    private final Changes changes;
    private final Set<String> visited = new HashSet<>();

    /**
     * @param prefix         put before every JSON Pointer reported (the event type for event schemas, else empty)
     * @param toleratedEnums places ({@code prefix + pointer}) of event enums every consumer reads tolerantly
     */
    SchemaComparison(JsonNode baselineRoot, JsonNode currentRoot, String prefix, Set<String> toleratedEnums,
            Changes changes) {
        this.baselineRoot = baselineRoot;
        this.currentRoot = currentRoot;
        this.prefix = prefix;
        this.toleratedEnums = toleratedEnums;
        this.changes = changes;
    }

    void compare(JsonNode baseline, String baselinePointer, JsonNode current, String currentPointer,
            Direction direction, String via) {
        Located b = resolve(baselineRoot, baseline, baselinePointer);
        Located c = resolve(currentRoot, current, currentPointer);
        if (b.externalRef() != null || c.externalRef() != null) {
            if (!Objects.equals(b.externalRef(), c.externalRef())) {
                changes.add(Rule.REFERENCE_CHANGED, where(b.pointer()), via,
                        b.externalRef() + " -> " + c.externalRef());
            }
            return;
        }
        if (!visited.add(direction + " " + b.pointer() + " " + c.pointer())) {
            return;
        }
        types(b, c, direction, via);
        format(b, c, via);
        enums(b, c, direction, via);
        if (direction == Direction.REQUEST) {
            constraints(b, c, via);
        }
        properties(b, c, direction, via);
        subschema("items", b, c, direction, via);
        if (b.node().path("additionalProperties").isObject() && c.node().path("additionalProperties").isObject()) {
            subschema("additionalProperties", b, c, direction, via);
        }
        parts(b, c, direction, via);
    }

    private void types(Located b, Located c, Direction direction, String via) {
        Set<String> before = types(b.node());
        Set<String> after = types(c.node());
        if (before.equals(after)) {
            return;
        }
        // A reader must understand every type it may now get; a server must still accept every type sent so far.
        boolean safe = direction == Direction.REQUEST ? accepts(after, before) : accepts(before, after);
        changes.add(safe ? Rule.TYPE_CHANGED_COMPATIBLY : Rule.TYPE_CHANGED, where(c.pointer()), via,
                show(before) + " -> " + show(after));
    }

    /** Whether a reader of {@code wide} types understands every value of {@code narrow} types (empty: any). */
    private static boolean accepts(Set<String> wide, Set<String> narrow) {
        if (wide.isEmpty()) {
            return true;
        }
        if (narrow.isEmpty()) {
            return false;
        }
        return narrow.stream().allMatch(t -> wide.contains(t) || t.equals("integer") && wide.contains("number"));
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new TreeSet<>();
        JsonNode type = schema.path("type");
        if (type.isString()) {
            types.add(type.stringValue());
        }
        for (JsonNode each : type.isArray() ? type.values() : List.<JsonNode>of()) {
            types.add(each.asString());
        }
        if (schema.path("nullable").asBoolean(false)) {
            types.add("null");
        }
        return types;
    }

    private static String show(Set<String> types) {
        return types.isEmpty() ? "(any)" : types.size() == 1 ? types.iterator().next() : types.toString();
    }

    private void format(Located b, Located c, String via) {
        String before = text(b.node().path("format"));
        String after = text(c.node().path("format"));
        if (!Objects.equals(before, after)) {
            changes.add(Rule.FORMAT_CHANGED, where(c.pointer()), via,
                    (before == null ? "(none)" : before) + " -> " + (after == null ? "(none)" : after));
        }
    }

    private void enums(Located b, Located c, Direction direction, String via) {
        Set<String> before = enumValues(b.node());
        Set<String> after = enumValues(c.node());
        if (before.equals(after)) {
            return;
        }
        if (before.isEmpty()) {
            // a free value became a closed list: refuses requests it accepted, only narrows what readers get
            changes.add(direction == Direction.REQUEST ? Rule.CONSTRAINT_TIGHTENED : Rule.CONSTRAINT_RELAXED,
                    where(c.pointer()), via, "now one of " + after);
            return;
        }
        if (after.isEmpty()) {
            added(c, direction, via, "any value (the enum is gone)");
            return;
        }
        for (String value : before) {
            if (!after.contains(value)) {
                changes.add(Rule.ENUM_VALUE_REMOVED, where(b.pointer()), via, value);
            }
        }
        for (String value : after) {
            if (!before.contains(value)) {
                added(c, direction, via, value);
            }
        }
    }

    private void added(Located c, Direction direction, String via, String value) {
        String where = where(c.pointer());
        boolean breaking = direction == Direction.EVENT && !toleratedEnums.contains(where);
        changes.add(breaking ? Rule.EVENT_ENUM_VALUE_ADDED : Rule.ENUM_VALUE_ADDED, where, via, value);
    }

    /** The values of {@code enum}, or of {@code const} as a one-value enum, as JSON text. */
    private static Set<String> enumValues(JsonNode schema) {
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode value : schema.path("enum").values()) {
            values.add(value.toString());
        }
        if (schema.has("const")) {
            values.add(schema.get("const").toString());
        }
        return values;
    }

    private void constraints(Located b, Located c, String via) {
        for (String bound : UPPER_BOUNDS) {
            bound(bound, b, c, via, +1);
        }
        for (String bound : LOWER_BOUNDS) {
            bound(bound, b, c, via, -1);
        }
        String before = text(b.node().path("pattern"));
        String after = text(c.node().path("pattern"));
        if (!Objects.equals(before, after)) {
            changes.add(after == null ? Rule.CONSTRAINT_RELAXED : Rule.CONSTRAINT_TIGHTENED, where(c.pointer()), via,
                    "pattern " + before + " -> " + after);
        }
        if (!b.node().path("uniqueItems").asBoolean(false) && c.node().path("uniqueItems").asBoolean(false)) {
            changes.add(Rule.CONSTRAINT_TIGHTENED, where(c.pointer()), via, "uniqueItems false -> true");
        }
    }

    /** {@code sense} +1: an upper bound (lower is tighter); -1: a lower bound (higher is tighter). Absent: no bound. */
    private void bound(String name, Located b, Located c, String via, int sense) {
        BigDecimal before = number(b.node().path(name));
        BigDecimal after = number(c.node().path(name));
        if (Objects.equals(before, after) || before != null && after != null && before.compareTo(after) == 0) {
            return;
        }
        boolean tighter = after != null && (before == null || after.compareTo(before) * sense < 0);
        changes.add(tighter ? Rule.CONSTRAINT_TIGHTENED : Rule.CONSTRAINT_RELAXED, where(c.pointer()), via,
                name + " " + (before == null ? "(none)" : before.toPlainString()) + " -> "
                        + (after == null ? "(none)" : after.toPlainString()));
    }

    private void properties(Located b, Located c, Direction direction, String via) {
        JsonNode before = b.node().path("properties");
        JsonNode after = c.node().path("properties");
        Set<String> requiredBefore = strings(b.node().path("required"));
        Set<String> requiredAfter = strings(c.node().path("required"));
        for (String name : before.propertyNames()) {
            String bp = Changes.child(Changes.child(b.pointer(), "properties"), name);
            String cp = Changes.child(Changes.child(c.pointer(), "properties"), name);
            if (!after.has(name)) {
                changes.add(Rule.PROPERTY_REMOVED, where(bp), via, "");
                continue;
            }
            compare(before.get(name), bp, after.get(name), cp, direction, via);
            boolean wasRequired = requiredBefore.contains(name);
            boolean isRequired = requiredAfter.contains(name);
            if (!wasRequired && isRequired) {
                changes.add(direction == Direction.RESPONSE ? Rule.PROPERTY_REQUIRED_IN_RESPONSE
                        : Rule.PROPERTY_NEWLY_REQUIRED, where(cp), via, "");
            } else if (wasRequired && !isRequired) {
                changes.add(direction == Direction.REQUEST ? Rule.PROPERTY_RELAXED : Rule.PROPERTY_NO_LONGER_REQUIRED,
                        where(cp), via, "");
            }
        }
        for (String name : after.propertyNames()) {
            if (!before.has(name)) {
                String cp = Changes.child(Changes.child(c.pointer(), "properties"), name);
                boolean required = requiredAfter.contains(name);
                changes.add(required && direction != Direction.RESPONSE ? Rule.PROPERTY_NEWLY_REQUIRED
                        : Rule.PROPERTY_ADDED, where(cp), via, required ? "new and required" : "");
            }
        }
        // required names without a property here (e.g. a conditional "then": {"required": [...]}) still count
        for (String name : requiredAfter) {
            if (!requiredBefore.contains(name) && !after.has(name)) {
                changes.add(direction == Direction.RESPONSE ? Rule.PROPERTY_REQUIRED_IN_RESPONSE
                        : Rule.PROPERTY_NEWLY_REQUIRED, where(Changes.child(c.pointer(), "required")), via, name);
            }
        }
        for (String name : requiredBefore) {
            if (!requiredAfter.contains(name) && !before.has(name)) {
                changes.add(direction == Direction.REQUEST ? Rule.PROPERTY_RELAXED : Rule.PROPERTY_NO_LONGER_REQUIRED,
                        where(Changes.child(b.pointer(), "required")), via, name);
            }
        }
    }

    private void subschema(String keyword, Located b, Located c, Direction direction, String via) {
        JsonNode before = b.node().path(keyword);
        JsonNode after = c.node().path(keyword);
        if (before.isObject() && after.isObject()) {
            compare(before, Changes.child(b.pointer(), keyword), after, Changes.child(c.pointer(), keyword), direction,
                    via);
        }
        // one side without: the type rule (array or not) already says what matters
    }

    private void parts(Located b, Located c, Direction direction, String via) {
        for (String keyword : ARRAYS_OF_PARTS) {
            JsonNode before = b.node().path(keyword);
            JsonNode after = c.node().path(keyword);
            if (before.size() != after.size()) {
                changes.add(Rule.COMPOSITION_CHANGED, where(Changes.child(c.pointer(), keyword)), via,
                        before.size() + " -> " + after.size() + " parts");
                continue;
            }
            for (int i = 0; i < before.size(); i++) {
                compare(before.get(i), Changes.child(Changes.child(b.pointer(), keyword), i), after.get(i),
                        Changes.child(Changes.child(c.pointer(), keyword), i), direction, via);
            }
        }
        for (String keyword : SINGLE_PARTS) {
            boolean inBefore = b.node().path(keyword).isObject();
            boolean inAfter = c.node().path(keyword).isObject();
            if (inBefore != inAfter) {
                changes.add(Rule.COMPOSITION_CHANGED, where(Changes.child(c.pointer(), keyword)), via,
                        inBefore ? "removed" : "added");
            } else if (inBefore) {
                subschema(keyword, b, c, direction, via);
            }
        }
    }

    private String where(String pointer) {
        return prefix + pointer;
    }

    private record Located(JsonNode node, String pointer, String externalRef) {
    }

    /** Follows local {@code $ref}s ({@code #/...}) to the schema they name; a dangling one reads as an empty schema. */
    private static Located resolve(JsonNode root, JsonNode node, String pointer) {
        for (int hops = 0; hops < 64 && node.path("$ref").isString(); hops++) {
            String ref = node.get("$ref").stringValue();
            if (!ref.startsWith("#")) {
                return new Located(node, pointer, ref);
            }
            pointer = ref;
            node = root.at(ref.substring(1));
        }
        return new Located(node, pointer, null);
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> strings = new LinkedHashSet<>();
        for (JsonNode each : array.values()) {
            strings.add(each.asString());
        }
        return strings;
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.stringValue() : null;
    }

    private static BigDecimal number(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : null;
    }
}

package org.onewindow.deploy.k8s;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a CRD's {@code openAPIV3Schema} into a JSON Schema that rejects unknown fields, as the API server's
 * strict field validation ({@code kubectl apply --validate=strict}) does. An OpenAPI schema allows any extra
 * property unless told otherwise, so without this a mistyped field ({@code listners:}) would pass: the API
 * server would silently prune it and the operator would never see the setting.
 *
 * <p>Rules, following Kubernetes' structural schemas:
 * <ul>
 *   <li>an object with {@code properties} (or a bare {@code type: object}) gets {@code additionalProperties:
 *       false}, unless it says {@code x-kubernetes-preserve-unknown-fields: true} or has its own
 *       {@code additionalProperties} (a map);</li>
 *   <li>recursion follows {@code properties}, {@code items} and {@code additionalProperties} only: the
 *       {@code allOf/anyOf/oneOf/not} branches are value validations and may list a subset of the fields;</li>
 *   <li>{@code x-kubernetes-int-or-string} without a type accepts an integer or a string;
 *       {@code nullable: true} adds {@code null} to the type;</li>
 *   <li>{@code x-kubernetes-embedded-resource} objects may carry apiVersion, kind and metadata.</li>
 * </ul>
 * CEL rules ({@code x-kubernetes-validations}) are not evaluated: only the API server can.
 */
final class StrictStructuralSchema {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StrictStructuralSchema() {
    }

    /** A strict copy of {@code openApiV3Schema}; the top-level metadata is checked with {@code objectMeta}. */
    static ObjectNode of(JsonNode openApiV3Schema, JsonNode objectMeta) {
        ObjectNode copy = openApiV3Schema.deepCopy();
        apply(copy);
        ObjectNode properties = copy.withObject("/properties");
        properties.set("metadata", objectMeta.deepCopy());
        return copy;
    }

    private static void apply(ObjectNode schema) {
        boolean preserveUnknown = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false) && !schema.has("type")
                && !schema.has("anyOf") && !schema.has("oneOf")) {
            schema.set("anyOf", NODES.arrayNode()
                    .add(NODES.objectNode().put("type", "integer"))
                    .add(NODES.objectNode().put("type", "string")));
        }
        if (schema.path("nullable").asBoolean(false) && schema.path("type").isTextual()) {
            String type = schema.get("type").asText();
            schema.set("type", NODES.arrayNode().add(type).add("null"));
        }
        JsonNode properties = schema.get("properties");
        if (properties instanceof ObjectNode props) {
            if (schema.path("x-kubernetes-embedded-resource").asBoolean(false)) {
                props.putIfAbsent("apiVersion", NODES.objectNode().put("type", "string"));
                props.putIfAbsent("kind", NODES.objectNode().put("type", "string"));
                props.putIfAbsent("metadata", NODES.objectNode().put("type", "object"));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
                if (it.next().getValue() instanceof ObjectNode child) {
                    apply(child);
                }
            }
        }
        boolean isObject = properties != null || "object".equals(schema.path("type").asText());
        if (isObject && !preserveUnknown && !schema.has("additionalProperties")
                && !schema.path("x-kubernetes-embedded-resource").asBoolean(false)) {
            schema.put("additionalProperties", false);
        }
        if (schema.get("items") instanceof ObjectNode items) {
            apply(items);
        }
        if (schema.get("additionalProperties") instanceof ObjectNode values) {
            apply(values);
        }
    }
}

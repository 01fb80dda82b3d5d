package org.onewindow.platform.test.compatibility;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.onewindow.platform.test.compatibility.SchemaComparison.Direction;
import tools.jackson.databind.JsonNode;

/**
 * Compares two OpenAPI 3 documents operation by operation, as a client sees them: paths and methods, parameters,
 * request bodies, responses with their headers and media types, and the schemas reached from there (request
 * schemas as {@link Direction#REQUEST}, response schemas as {@link Direction#RESPONSE}). Components nobody reaches
 * are not compared: only what travels on the wire counts.
 */
final class OpenApiComparison {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private final JsonNode baseline;
    private final JsonNode current;
    private final Changes changes = new Changes();
    private final SchemaComparison schemas;

    OpenApiComparison(JsonNode baseline, JsonNode current) {
        this.baseline = baseline;
        this.current = current;
        this.schemas = new SchemaComparison(baseline, current, "", Set.of(), changes);
    }

    CompatibilityReport compare() {
        JsonNode before = baseline.path("paths");
        JsonNode after = current.path("paths");
        for (String path : before.propertyNames()) {
            String pointer = Changes.child("#/paths", path);
            if (!after.has(path)) {
                changes.add(Rule.PATH_REMOVED, pointer, "", path);
                continue;
            }
            for (String method : METHODS) {
                JsonNode b = before.get(path).path(method);
                JsonNode c = after.get(path).path(method);
                String via = method.toUpperCase(Locale.ROOT) + " " + path;
                if (b.isObject() && !c.isObject()) {
                    changes.add(Rule.OPERATION_REMOVED, Changes.child(pointer, method), "", via);
                } else if (!b.isObject() && c.isObject()) {
                    changes.add(Rule.OPERATION_ADDED, Changes.child(pointer, method), "", via);
                } else if (b.isObject()) {
                    operation(before.get(path), after.get(path), Changes.child(pointer, method), method, via);
                }
            }
        }
        for (String path : after.propertyNames()) {
            if (!before.has(path)) {
                changes.add(Rule.PATH_ADDED, Changes.child("#/paths", path), "", path);
            }
        }
        return changes.report();
    }

    private void operation(JsonNode pathBefore, JsonNode pathAfter, String pointer, String method, String via) {
        parameters(parameters(baseline, pathBefore, method), parameters(current, pathAfter, method), pointer, via);
        requestBody(resolve(baseline, pathBefore.path(method).path("requestBody")),
                resolve(current, pathAfter.path(method).path("requestBody")), Changes.child(pointer, "requestBody"),
                via);
        responses(pathBefore.path(method).path("responses"), pathAfter.path(method).path("responses"),
                Changes.child(pointer, "responses"), via);
    }

    /** The operation's parameters and its path's, by {@code in} and name (the operation's win, as in OpenAPI). */
    private static Map<String, JsonNode> parameters(JsonNode document, JsonNode pathItem, String method) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), pathItem.path(method).path("parameters"))) {
            for (JsonNode parameter : list.values()) {
                JsonNode resolved = resolve(document, parameter);
                parameters.put(resolved.path("in").asString("") + " " + resolved.path("name").asString(""), resolved);
            }
        }
        return parameters;
    }

    private void parameters(Map<String, JsonNode> before, Map<String, JsonNode> after, String pointer, String via) {
        for (Map.Entry<String, JsonNode> entry : before.entrySet()) {
            String where = Changes.child(Changes.child(pointer, "parameters"), entry.getKey());
            JsonNode b = entry.getValue();
            JsonNode c = after.get(entry.getKey());
            if (c == null) {
                changes.add(Rule.PARAMETER_REMOVED, where, via, "");
                continue;
            }
            required(b, c, Rule.PARAMETER_NEWLY_REQUIRED, Rule.PARAMETER_RELAXED, where, via);
            schemas.compare(b.path("schema"), Changes.child(where, "schema"), c.path("schema"),
                    Changes.child(where, "schema"), Direction.REQUEST, via + " parameter " + entry.getKey());
        }
        for (Map.Entry<String, JsonNode> entry : after.entrySet()) {
            if (!before.containsKey(entry.getKey())) {
                boolean required = entry.getValue().path("required").asBoolean(false);
                changes.add(required ? Rule.PARAMETER_NEWLY_REQUIRED : Rule.PARAMETER_ADDED,
                        Changes.child(Changes.child(pointer, "parameters"), entry.getKey()), via,
                        required ? "new and required" : "");
            }
        }
    }

    /** A parameter or request body that became required breaks clients; one that no longer is, relaxes. */
    private void required(JsonNode before, JsonNode after, Rule newlyRequired, Rule relaxed, String where, String via) {
        boolean wasRequired = before.path("required").asBoolean(false);
        boolean isRequired = after.path("required").asBoolean(false);
        if (!wasRequired && isRequired) {
            changes.add(newlyRequired, where, via, "");
        } else if (wasRequired && !isRequired) {
            changes.add(relaxed, where, via, "");
        }
    }

    private void requestBody(JsonNode before, JsonNode after, String pointer, String via) {
        required(before, after, Rule.REQUEST_BODY_NEWLY_REQUIRED, Rule.REQUEST_BODY_RELAXED, pointer, via);
        content(before.path("content"), after.path("content"), Changes.child(pointer, "content"), Direction.REQUEST,
                via + " request body");
    }

    private void responses(JsonNode before, JsonNode after, String pointer, String via) {
        for (String status : before.propertyNames()) {
            String where = Changes.child(pointer, status);
            if (!after.has(status)) {
                changes.add(Rule.RESPONSE_REMOVED, where, via, status);
                continue;
            }
            JsonNode b = resolve(baseline, before.get(status));
            JsonNode c = resolve(current, after.get(status));
            String response = via + " response " + status;
            for (String header : b.path("headers").propertyNames()) {
                if (!c.path("headers").has(header)) {
                    changes.add(Rule.RESPONSE_HEADER_REMOVED, Changes.child(Changes.child(where, "headers"), header),
                            response, header);
                }
            }
            for (String header : c.path("headers").propertyNames()) {
                if (!b.path("headers").has(header)) {
                    changes.add(Rule.RESPONSE_HEADER_ADDED, Changes.child(Changes.child(where, "headers"), header),
                            response, header);
                }
            }
            content(b.path("content"), c.path("content"), Changes.child(where, "content"), Direction.RESPONSE,
                    response);
        }
        for (String status : after.propertyNames()) {
            if (!before.has(status)) {
                changes.add(Rule.RESPONSE_ADDED, Changes.child(pointer, status), via, status);
            }
        }
    }

    private void content(JsonNode before, JsonNode after, String pointer, Direction direction, String via) {
        for (String mediaType : before.propertyNames()) {
            String where = Changes.child(pointer, mediaType);
            if (!after.has(mediaType)) {
                changes.add(Rule.MEDIA_TYPE_REMOVED, where, via, mediaType);
                continue;
            }
            schemas.compare(before.get(mediaType).path("schema"), Changes.child(where, "schema"),
                    after.get(mediaType).path("schema"), Changes.child(where, "schema"), direction, via);
        }
        for (String mediaType : after.propertyNames()) {
            if (!before.has(mediaType)) {
                changes.add(Rule.MEDIA_TYPE_ADDED, Changes.child(pointer, mediaType), via, mediaType);
            }
        }
    }

    /** A parameter, request body or response given as a local {@code $ref} (#/components/...), resolved. */
    private static JsonNode resolve(JsonNode document, JsonNode node) {
        for (int hops = 0; hops < 16 && node.path("$ref").asString("").startsWith("#"); hops++) {
            node = document.at(node.get("$ref").stringValue().substring(1));
        }
        return node;
    }
}

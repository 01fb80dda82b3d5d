package org.onewindow.platform.test.compatibility;

import java.util.Objects;
import java.util.Set;

import org.onewindow.platform.test.compatibility.SchemaComparison.Direction;
import tools.jackson.databind.JsonNode;

/**
 * Compares the event contracts as consumers see them: every event type's JSON Schema read as
 * {@link Direction#EVENT} (consumers also read records written under the baseline, long ago on a compacted topic),
 * and the AsyncAPI document's streams: topic, Kafka binding and the event types each carries.
 */
final class EventComparison {

    private EventComparison() {
    }

    /**
     * @param baseline       {@code {"<ce_type>": <schema>, ...}} as committed
     * @param current        the same from the schemas on the classpath
     * @param toleratedEnums places ({@code <ce_type>#<pointer>}) of enums every consumer reads tolerantly
     */
    static void schemas(JsonNode baseline, JsonNode current, Set<String> toleratedEnums, Changes changes) {
        for (String type : baseline.propertyNames()) {
            if (!current.has(type)) {
                changes.add(Rule.EVENT_TYPE_REMOVED, type, "", "");
                continue;
            }
            new SchemaComparison(baseline.get(type), current.get(type), type, toleratedEnums, changes)
                    .compare(baseline.get(type), "#", current.get(type), "#", Direction.EVENT, "");
        }
        for (String type : current.propertyNames()) {
            if (!baseline.has(type)) {
                changes.add(Rule.EVENT_TYPE_ADDED, type, "", "");
            }
        }
    }

    /** Channels by their id: address (topic), Kafka binding and messages (event types). */
    static void asyncApi(JsonNode baseline, JsonNode current, Changes changes) {
        JsonNode before = baseline.path("channels");
        JsonNode after = current.path("channels");
        for (String id : before.propertyNames()) {
            String where = Changes.child("asyncapi#/channels", id);
            JsonNode b = before.get(id);
            JsonNode c = after.path(id);
            if (!c.isObject()) {
                changes.add(Rule.CHANNEL_REMOVED, where, "", b.path("address").asString(""));
                continue;
            }
            if (!Objects.equals(b.path("address"), c.path("address"))) {
                changes.add(Rule.CHANNEL_CHANGED, Changes.child(where, "address"), "",
                        b.path("address").asString("") + " -> " + c.path("address").asString(""));
            }
            if (!Objects.equals(b.path("bindings"), c.path("bindings"))) {
                changes.add(Rule.CHANNEL_CHANGED, Changes.child(where, "bindings"), "", c.path("bindings").toString());
            }
            for (String message : b.path("messages").propertyNames()) {
                if (!c.path("messages").has(message)) {
                    changes.add(Rule.MESSAGE_REMOVED, Changes.child(Changes.child(where, "messages"), message), "", "");
                }
            }
            for (String message : c.path("messages").propertyNames()) {
                if (!b.path("messages").has(message)) {
                    changes.add(Rule.MESSAGE_ADDED, Changes.child(Changes.child(where, "messages"), message), "", "");
                }
            }
        }
        for (String id : after.propertyNames()) {
            if (!before.has(id)) {
                changes.add(Rule.CHANNEL_ADDED, Changes.child("asyncapi#/channels", id), "",
                        after.get(id).path("address").asString(""));
            }
        }
    }
}

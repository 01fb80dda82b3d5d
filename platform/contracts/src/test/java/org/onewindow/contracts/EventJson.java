package org.onewindow.contracts;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tools.jackson.databind.json.JsonMapper;

/**
 * An event's JSON as the schema and compatibility tests edit it: as a producer writes it ({@link #MAPPER}), as a
 * tree to break or to age (a field removed, as written before it existed; a value a newer producer may send).
 * The schema validator reads Jackson 2 trees, so the trees are Jackson 2's.
 */
final class EventJson {

    /** How a producer serialises an event (the outbox's mapper, without modules). */
    static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final ObjectMapper JACKSON2 = new ObjectMapper();

    private EventJson() {
    }

    /** The event's JSON as a tree to edit. */
    static ObjectNode tree(DomainEvent event) {
        try {
            return (ObjectNode) JACKSON2.readTree(MAPPER.writeValueAsString(event));
        } catch (JacksonException e) {
            throw new AssertionError(e);
        }
    }

    /** The event's JSON without these fields: as a producer wrote it before they existed. */
    static String without(DomainEvent event, String... fields) {
        ObjectNode tree = tree(event);
        for (String field : fields) {
            tree.remove(field);
        }
        return tree.toString();
    }

    /** The event's JSON with {@code field} set to {@code value}: e.g. an enum value this consumer does not know. */
    static String with(DomainEvent event, String field, String value) {
        return tree(event).put(field, value).toString();
    }
}

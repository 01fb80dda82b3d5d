package org.onewindow.platform.test.compatibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.onewindow.platform.test.compatibility.OpenApiCompatibilityTest.array;
import static org.onewindow.platform.test.compatibility.OpenApiCompatibilityTest.json;
import static org.onewindow.platform.test.compatibility.OpenApiCompatibilityTest.object;

import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The gate on event contracts: consumers read every record of a topic, old ones included, and may meet any value
 * the schema allows; so a new enum value needs a new event version or a tolerant-reader rule.
 */
class EventCompatibilityTest {

    static final String DECIDED = "org.onewindow.test.Decided.v1";
    static final String OUTCOME = DECIDED + "#/properties/outcome";

    static final JsonNode SCHEMAS = json("""
            {'org.onewindow.test.Decided.v1': {
               '$schema': 'https://json-schema.org/draft/2020-12/schema',
               'type': 'object',
               'properties': {
                 'caseNumber': {'type': 'string', 'minLength': 1},
                 'outcome': {'type': 'string', 'enum': ['APPROVED', 'REJECTED']},
                 'licenceNumber': {'type': ['string', 'null']},
                 'decidedAt': {'type': 'string', 'format': 'date-time'},
                 'departments': {'type': 'array', 'items': {'type': 'string', 'enum': ['MARKET', 'FIRE']}}},
               'required': ['caseNumber', 'outcome', 'decidedAt'],
               'additionalProperties': false,
               'allOf': [{'if': {'properties': {'outcome': {'const': 'APPROVED'}}, 'required': ['outcome']},
                          'then': {'required': ['licenceNumber']}}]}}
            """);

    private static CompatibilityReport after(Set<String> tolerated, Consumer<ObjectNode> edit) {
        ObjectNode current = (ObjectNode) SCHEMAS.deepCopy();
        edit.accept((ObjectNode) current.get(DECIDED));
        return CompatibilityCheck.eventSchemas(SCHEMAS, current, tolerated);
    }

    private static CompatibilityReport after(Consumer<ObjectNode> edit) {
        return after(Set.of(), edit);
    }

    @Test
    void an_enum_value_added_to_an_event_breaks_unless_every_consumer_reads_that_enum_tolerantly() {
        Consumer<ObjectNode> withdrawn = schema -> array(schema, "/properties/outcome/enum").add("WITHDRAWN");

        assertThat(after(withdrawn).breaking()).extracting(Change::rule, Change::where, Change::detail)
                .containsExactly(tuple(Rule.EVENT_ENUM_VALUE_ADDED, OUTCOME, "\"WITHDRAWN\""));
        CompatibilityReport tolerated = after(Set.of(OUTCOME), withdrawn);
        assertThat(tolerated.hasBreakingChanges()).isFalse();
        assertThat(tolerated.compatible()).extracting(Change::rule).containsExactly(Rule.ENUM_VALUE_ADDED);
        // tolerating one enum tolerates no other
        assertThat(after(Set.of(OUTCOME), schema -> array(schema, "/properties/departments/items/enum").add("TAX"))
                .breaking()).extracting(Change::rule, Change::where)
                .containsExactly(tuple(Rule.EVENT_ENUM_VALUE_ADDED, DECIDED + "#/properties/departments/items"));
    }

    @Test
    void a_new_version_of_the_event_is_an_addition_and_the_old_one_stays() {
        ObjectNode current = (ObjectNode) SCHEMAS.deepCopy();
        ObjectNode v2 = (ObjectNode) current.get(DECIDED).deepCopy();
        array(v2, "/properties/outcome/enum").add("WITHDRAWN");
        current.set("org.onewindow.test.Decided.v2", v2);

        CompatibilityReport report = CompatibilityCheck.eventSchemas(SCHEMAS, current, Set.of());

        assertThat(report.changes()).extracting(Change::rule, Change::where)
                .containsExactly(tuple(Rule.EVENT_TYPE_ADDED, "org.onewindow.test.Decided.v2"));
        current.remove(DECIDED);
        assertThat(CompatibilityCheck.eventSchemas(SCHEMAS, current, Set.of()).breaking())
                .extracting(Change::rule, Change::where).containsExactly(tuple(Rule.EVENT_TYPE_REMOVED, DECIDED));
    }

    @Test
    void a_property_newly_required_in_an_event_breaks_because_old_records_lack_it() {
        assertThat(after(schema -> array(schema, "/required").add("licenceNumber")).breaking())
                .extracting(Change::rule, Change::where)
                .containsExactly(tuple(Rule.PROPERTY_NEWLY_REQUIRED, DECIDED + "#/properties/licenceNumber"));
        assertThat(after(schema -> {
            object(schema, "/properties").putObject("centre").put("type", "string");
            array(schema, "/required").add("centre");
        }).rules()).containsExactly(Rule.PROPERTY_NEWLY_REQUIRED);
        assertThat(after(schema -> array(schema, "/allOf/0/then/required").add("decidedAt")).breaking())
                .as("required only when approved").extracting(Change::rule, Change::where, Change::detail)
                .containsExactly(tuple(Rule.PROPERTY_NEWLY_REQUIRED, DECIDED + "#/allOf/0/then/required", "decidedAt"));
    }

    @Test
    void a_removed_or_renamed_property_a_changed_type_a_removed_enum_value_and_an_optional_field_break() {
        assertThat(after(schema -> object(schema, "/properties").remove("licenceNumber")).rules())
                .containsExactly(Rule.PROPERTY_REMOVED);
        assertThat(after(schema -> object(schema, "/properties/caseNumber").put("type", "integer")).rules())
                .containsExactly(Rule.TYPE_CHANGED);
        assertThat(after(schema -> object(schema, "/properties/decidedAt").put("format", "date")).rules())
                .containsExactly(Rule.FORMAT_CHANGED);
        assertThat(after(schema -> array(schema, "/properties/outcome/enum").remove(1)).rules())
                .containsExactly(Rule.ENUM_VALUE_REMOVED);
        assertThat(after(schema -> array(schema, "/required").remove(2)).breaking())
                .extracting(Change::rule, Change::where)
                .containsExactly(tuple(Rule.PROPERTY_NO_LONGER_REQUIRED, DECIDED + "#/properties/decidedAt"));
        assertThat(after(schema -> object(schema, "/properties/caseNumber").putArray("type").add("string")
                .add("null")).rules()).as("null where consumers never met it").containsExactly(Rule.TYPE_CHANGED);
        assertThat(after(schema -> object(schema, "/allOf/0").remove("then")).rules())
                .containsExactly(Rule.COMPOSITION_CHANGED);
    }

    @Test
    void a_new_optional_field_passes_and_is_reported() {
        CompatibilityReport report = after(schema -> object(schema, "/properties").putObject("note")
                .put("type", "string"));

        assertThat(report.hasBreakingChanges()).isFalse();
        assertThat(report.changes()).extracting(Change::rule, Change::where)
                .containsExactly(tuple(Rule.PROPERTY_ADDED, DECIDED + "#/properties/note"));
    }

    static final JsonNode ASYNCAPI = json("""
            {'asyncapi': '3.0.0', 'channels': {
               'reviewCases': {'address': 'review.cases',
                 'messages': {'org.onewindow.test.Decided.v1':
                                {'$ref': '#/components/messages/org.onewindow.test.Decided.v1'}},
                 'bindings': {'kafka': {'topicConfiguration': {'cleanup.policy': ['delete']}}}}}}
            """);

    @Test
    void a_stream_that_moves_changes_its_retention_or_stops_carrying_an_event_breaks() {
        ObjectNode moved = (ObjectNode) ASYNCAPI.deepCopy();
        object(moved, "/channels/reviewCases").put("address", "review.cases.v2");
        array(moved, "/channels/reviewCases/bindings/kafka/topicConfiguration/cleanup.policy").set(0, "compact");
        assertThat(CompatibilityCheck.asyncApi(ASYNCAPI, moved).breaking()).extracting(Change::rule, Change::where)
                .containsExactly(tuple(Rule.CHANNEL_CHANGED, "asyncapi#/channels/reviewCases/address"),
                        tuple(Rule.CHANNEL_CHANGED, "asyncapi#/channels/reviewCases/bindings"));

        ObjectNode swapped = (ObjectNode) ASYNCAPI.deepCopy();
        ObjectNode messages = object(swapped, "/channels/reviewCases/messages");
        messages.set("org.onewindow.test.Decided.v2", messages.remove("org.onewindow.test.Decided.v1"));
        object(swapped, "/channels").putObject("ratings").put("address", "rating.ratings");
        CompatibilityReport report = CompatibilityCheck.asyncApi(ASYNCAPI, swapped);
        assertThat(report.breaking()).extracting(Change::rule).containsExactly(Rule.MESSAGE_REMOVED);
        assertThat(report.compatible()).extracting(Change::rule)
                .containsExactlyInAnyOrder(Rule.MESSAGE_ADDED, Rule.CHANNEL_ADDED);

        object(swapped, "/channels").remove("reviewCases");
        assertThat(CompatibilityCheck.asyncApi(ASYNCAPI, swapped).rules()).startsWith(Rule.CHANNEL_REMOVED);
    }
}

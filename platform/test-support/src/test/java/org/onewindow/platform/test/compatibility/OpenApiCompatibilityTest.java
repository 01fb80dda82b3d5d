package org.onewindow.platform.test.compatibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Each rule of the gate on a small OpenAPI document: what a client of the API would notice, and nothing else. */
class OpenApiCompatibilityTest {

    /** GET /cases/{id} answers a Case (recursive: a Case has a parent Case), POST /cases takes a NewCase. */
    static final String API = """
            {'openapi': '3.1.0',
             'servers': [{'url': 'http://localhost:8080'}],
             'paths': {
               '/cases/{id}': {'get': {
                 'parameters': [{'name': 'id', 'in': 'path', 'required': true, 'schema': {'type': 'string'}},
                                {'name': 'lang', 'in': 'query', 'required': false, 'schema': {'type': 'string'}}],
                 'responses': {
                   '200': {'description': 'the case', 'headers': {'ETag': {'schema': {'type': 'string'}}},
                           'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Case'}}}},
                   '404': {'description': 'no such case',
                           'content': {'application/problem+json': {'schema': {'$ref': '#/components/schemas/Problem'}}}}}}},
               '/cases': {'post': {
                 'requestBody': {'required': true,
                   'content': {'application/json': {'schema': {'$ref': '#/components/schemas/NewCase'}}}},
                 'responses': {'201': {'description': 'created',
                   'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Case'}}}}}}}},
             'components': {'schemas': {
               'Case': {'type': 'object', 'required': ['number', 'status'], 'properties': {
                 'number': {'type': 'string'},
                 'status': {'type': 'string', 'enum': ['OPEN', 'CLOSED']},
                 'openedOn': {'type': 'string', 'format': 'date'},
                 'note': {'type': 'string'},
                 'parent': {'$ref': '#/components/schemas/Case'},
                 'departments': {'type': 'array', 'items': {'type': 'string'}}}},
               'NewCase': {'type': 'object', 'required': ['applicant'], 'properties': {
                 'applicant': {'type': 'string', 'maxLength': 50},
                 'note': {'type': 'string'},
                 'kind': {'type': 'string', 'enum': ['A', 'B']}}},
               'Problem': {'type': 'object', 'properties': {'title': {'type': 'string'}}}}}}
            """;

    static JsonNode json(String text) {
        return CanonicalJson.parse(text.replace('\'', '"'));
    }

    static final JsonNode BASELINE = json(API);

    private static CompatibilityReport after(Consumer<ObjectNode> edit) {
        ObjectNode current = (ObjectNode) BASELINE.deepCopy();
        edit.accept(current);
        return CompatibilityCheck.openApi(BASELINE, current);
    }

    /** The edit breaks clients in exactly one way: {@code rule} at {@code where}. */
    private static void assertBreaksOnly(CompatibilityReport report, Rule rule, String where) {
        assertThat(report.breaking()).extracting(Change::rule, Change::where).containsExactly(tuple(rule, where));
    }

    static ObjectNode object(JsonNode document, String pointer) {
        return (ObjectNode) document.at(pointer);
    }

    static ArrayNode array(JsonNode document, String pointer) {
        return (ArrayNode) document.at(pointer);
    }

    private static final String CASE = "/components/schemas/Case";
    private static final String NEW_CASE = "/components/schemas/NewCase";
    private static final String GET = "/paths/~1cases~1{id}/get";

    @Test
    void the_same_document_has_no_changes_and_neither_has_a_renamed_but_identical_component() {
        assertThat(CompatibilityCheck.openApi(BASELINE, BASELINE.deepCopy()).changes()).isEmpty();

        CompatibilityReport renamed = after(doc -> {
            ObjectNode schemas = object(doc, "/components/schemas");
            schemas.set("CaseView", schemas.remove("Case"));
            String text = doc.toString().replace("#/components/schemas/Case\"", "#/components/schemas/CaseView\"");
            doc.setAll((ObjectNode) CanonicalJson.parse(text));
        });
        assertThat(renamed.changes()).isEmpty();
    }

    @Test
    void a_removed_path_or_operation_breaks() {
        assertThat(after(doc -> object(doc, "/paths").remove("/cases/{id}")).breaking())
                .singleElement().satisfies(c -> {
                    assertThat(c.rule()).isEqualTo(Rule.PATH_REMOVED);
                    assertThat(c.where()).isEqualTo("#/paths/~1cases~1{id}");
                });
        CompatibilityReport report = after(doc -> {
            object(doc, "/paths/~1cases").remove("post");
            object(doc, "/paths/~1cases").set("put", doc.at("/paths/~1cases~1{id}/get").deepCopy());
        });
        assertThat(report.breaking()).extracting(Change::rule).containsExactly(Rule.OPERATION_REMOVED);
        assertThat(report.compatible()).extracting(Change::rule).containsExactly(Rule.OPERATION_ADDED);
    }

    @Test
    void a_removed_response_property_breaks_and_is_reported_once_where_it_is_defined() {
        CompatibilityReport report = after(doc -> object(doc, CASE + "/properties").remove("note"));

        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.PROPERTY_REMOVED);
            assertThat(c.where()).isEqualTo("#/components/schemas/Case/properties/note");
            assertThat(c.via()).isEqualTo("GET /cases/{id} response 200");
            assertThat(c.toString()).isEqualTo("[property-removed] #/components/schemas/Case/properties/note "
                    + "(GET /cases/{id} response 200)");
        });
    }

    @Test
    void a_renamed_property_is_a_removal_and_an_addition() {
        CompatibilityReport report = after(doc -> {
            ObjectNode properties = object(doc, CASE + "/properties");
            properties.set("remark", properties.remove("note"));
        });

        assertThat(report.breaking()).extracting(Change::rule, Change::where)
                .containsExactly(tuple(Rule.PROPERTY_REMOVED, "#" + CASE + "/properties/note"));
        assertThat(report.compatible()).extracting(Change::rule).containsExactly(Rule.PROPERTY_ADDED);
    }

    @Test
    void a_changed_type_or_format_breaks() {
        assertThat(after(doc -> object(doc, CASE + "/properties/number").put("type", "integer")).breaking())
                .singleElement().satisfies(c -> {
                    assertThat(c.rule()).isEqualTo(Rule.TYPE_CHANGED);
                    assertThat(c.detail()).isEqualTo("string -> integer");
                });
        assertThat(after(doc -> object(doc, CASE + "/properties/openedOn").put("format", "date-time")).breaking())
                .extracting(Change::rule, Change::detail)
                .containsExactly(tuple(Rule.FORMAT_CHANGED, "date -> date-time"));
        assertThat(after(doc -> object(doc, CASE + "/properties/departments/items").put("type", "integer")).rules())
                .containsExactly(Rule.TYPE_CHANGED);
    }

    @Test
    void null_may_be_added_to_what_a_client_sends_but_not_to_what_it_reads() {
        Consumer<ObjectNode> nullableNote = doc -> {
            object(doc, CASE + "/properties/note").putArray("type").add("string").add("null");
            object(doc, NEW_CASE + "/properties/note").putArray("type").add("string").add("null");
        };
        CompatibilityReport report = after(nullableNote);

        assertThat(report.breaking()).extracting(Change::where)
                .containsExactly("#/components/schemas/Case/properties/note");
        assertThat(report.compatible()).extracting(Change::rule, Change::where)
                .containsExactly(tuple(Rule.TYPE_CHANGED_COMPATIBLY,
                        "#/components/schemas/NewCase/properties/note"));
        // OpenAPI 3.0's spelling means the same
        assertThat(after(doc -> object(doc, CASE + "/properties/note").put("nullable", true)).rules())
                .containsExactly(Rule.TYPE_CHANGED);
    }

    @Test
    void a_removed_enum_value_breaks_and_an_added_one_in_a_response_passes_reported() {
        assertThat(after(doc -> array(doc, CASE + "/properties/status/enum").remove(1)).breaking())
                .extracting(Change::rule, Change::detail)
                .containsExactly(tuple(Rule.ENUM_VALUE_REMOVED, "\"CLOSED\""));
        CompatibilityReport added = after(doc -> array(doc, CASE + "/properties/status/enum").add("PAUSED"));
        assertThat(added.hasBreakingChanges()).isFalse();
        assertThat(added.compatible()).extracting(Change::rule).containsExactly(Rule.ENUM_VALUE_ADDED);
    }

    @Test
    void a_request_property_newly_required_breaks_and_so_does_a_new_required_one() {
        assertBreaksOnly(after(doc -> array(doc, NEW_CASE + "/required").add("note")), Rule.PROPERTY_NEWLY_REQUIRED,
                "#/components/schemas/NewCase/properties/note");
        CompatibilityReport newRequired = after(doc -> {
            object(doc, NEW_CASE + "/properties").putObject("centre").put("type", "string");
            array(doc, NEW_CASE + "/required").add("centre");
        });
        assertThat(newRequired.breaking()).extracting(Change::rule).containsExactly(Rule.PROPERTY_NEWLY_REQUIRED);
    }

    @Test
    void a_response_property_readers_rely_on_may_not_become_optional_but_a_request_one_may() {
        assertBreaksOnly(after(doc -> array(doc, CASE + "/required").remove(0)), Rule.PROPERTY_NO_LONGER_REQUIRED,
                "#/components/schemas/Case/properties/number");
        CompatibilityReport relaxed = after(doc -> array(doc, NEW_CASE + "/required").remove(0));
        assertThat(relaxed.hasBreakingChanges()).isFalse();
        assertThat(relaxed.rules()).containsExactly(Rule.PROPERTY_RELAXED);
    }

    @Test
    void a_removed_response_status_header_or_media_type_breaks() {
        assertBreaksOnly(after(doc -> object(doc, GET + "/responses").remove("404")), Rule.RESPONSE_REMOVED,
                "#/paths/~1cases~1{id}/get/responses/404");
        assertThat(after(doc -> object(doc, GET + "/responses/200/headers").remove("ETag")).rules())
                .containsExactly(Rule.RESPONSE_HEADER_REMOVED);
        assertThat(after(doc -> {
            ObjectNode content = object(doc, GET + "/responses/404/content");
            content.set("application/json", content.remove("application/problem+json"));
        }).rules()).containsExactly(Rule.MEDIA_TYPE_REMOVED, Rule.MEDIA_TYPE_ADDED);
    }

    @Test
    void a_removed_or_newly_required_parameter_breaks_and_a_new_optional_one_passes() {
        assertBreaksOnly(after(doc -> array(doc, GET + "/parameters").remove(1)), Rule.PARAMETER_REMOVED,
                "#/paths/~1cases~1{id}/get/parameters/query lang");
        assertThat(after(doc -> object(doc, GET + "/parameters/1").put("required", true)).rules())
                .containsExactly(Rule.PARAMETER_NEWLY_REQUIRED);
        assertThat(after(doc -> array(doc, GET + "/parameters").addObject().put("name", "page").put("in", "query"))
                .rules()).containsExactly(Rule.PARAMETER_ADDED);
        assertThat(after(doc -> array(doc, GET + "/parameters").addObject().put("name", "centre").put("in", "header")
                .put("required", true)).rules()).containsExactly(Rule.PARAMETER_NEWLY_REQUIRED);
    }

    @Test
    void a_request_limit_that_refuses_what_it_accepted_breaks_and_a_wider_one_passes() {
        assertThat(after(doc -> object(doc, NEW_CASE + "/properties/applicant").put("maxLength", 20)).breaking())
                .extracting(Change::rule, Change::detail)
                .containsExactly(tuple(Rule.CONSTRAINT_TIGHTENED, "maxLength 50 -> 20"));
        assertThat(after(doc -> object(doc, NEW_CASE + "/properties/applicant").put("pattern", "^[A-Z]+$")).rules())
                .containsExactly(Rule.CONSTRAINT_TIGHTENED);
        assertThat(after(doc -> object(doc, NEW_CASE + "/properties/applicant").put("maxLength", 500)).rules())
                .containsExactly(Rule.CONSTRAINT_RELAXED);
        // the same limit on what the client reads does not refuse anything it sends
        assertThat(after(doc -> object(doc, CASE + "/properties/note").put("maxLength", 10)).hasBreakingChanges())
                .isFalse();
    }

    @Test
    void additions_pass_and_are_reported() {
        CompatibilityReport report = after(doc -> {
            object(doc, NEW_CASE + "/properties").putObject("channel").put("type", "string");
            object(doc, CASE + "/properties").putObject("centre").put("type", "string");
            array(doc, CASE + "/required").add("centre");
            object(doc, "/paths").putObject("/centres").putObject("get").putObject("responses")
                    .putObject("200").put("description", "the centres");
            object(doc, GET + "/responses").putObject("410").put("description", "gone");
            array(doc, NEW_CASE + "/properties/kind/enum").add("C");
        });

        assertThat(report.hasBreakingChanges()).isFalse();
        assertThat(report.rules()).containsExactlyInAnyOrder(Rule.PROPERTY_ADDED, Rule.PATH_ADDED, Rule.RESPONSE_ADDED,
                Rule.ENUM_VALUE_ADDED);
        assertThat(report.compatible()).hasSize(5);
    }

    @Test
    void a_recursive_schema_is_walked_once_and_a_break_inside_it_is_found() {
        CompatibilityReport report = after(doc -> object(doc, CASE + "/properties/parent").put("description", "x"));
        assertThat(report.changes()).isEmpty();

        assertThat(after(doc -> object(doc, CASE + "/properties/status").remove("enum")).rules())
                .as("an enum dropped from a response: any value may come")
                .containsExactly(Rule.ENUM_VALUE_ADDED);
    }
}

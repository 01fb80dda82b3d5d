package org.onewindow.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.review.DecisionMade;

import com.fasterxml.jackson.databind.node.ObjectNode;

import tools.jackson.databind.json.JsonMapper;

/** Every event, as a producer serialises it, matches its published schema; broken events do not. */
class EventSchemasTest {

    private static final JsonMapper MAPPER = EventJson.MAPPER;

    static List<DomainEvent> examples() {
        return EventExamples.all();
    }

    @Test
    void there_is_an_example_of_every_event_type() {
        assertThat(examples()).map(Object::getClass).containsExactlyElementsOf(EventCatalog.ALL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void every_example_matches_its_schema(DomainEvent event) {
        String json = MAPPER.writeValueAsString(event);

        assertThat(EventSchemas.validate(EventTypes.ceType(event.getClass()), json)).as(json).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void every_example_reads_back_as_the_same_event(DomainEvent event) {
        DomainEvent read = MAPPER.readValue(MAPPER.writeValueAsString(event), event.getClass());

        // Jackson normalises offsets to UTC on read: the instant is what must survive.
        assertThat(read).usingRecursiveComparison()
                .withEqualsForType(OffsetDateTime::isEqual, OffsetDateTime.class)
                .isEqualTo(event);
    }

    @Test
    void instants_keep_their_offset_dates_are_plain_and_money_is_a_decimal_number() {
        String accepted = MAPPER.writeValueAsString(EventExamples.applicationAccepted());
        String item = MAPPER.writeValueAsString(EventExamples.itemVersionChanged());

        assertThat(accepted).contains("\"acceptedAt\":\"2025-03-11T10:42:17+08:00\"")
                .contains("\"acceptedOn\":\"2025-03-11\"")
                .contains("\"channel\":\"VILLAGE_AGENT\"")
                .doesNotContain("\"subject\"");
        assertThat(item).contains("\"amount\":0.00");
    }

    @Test
    void a_consumer_reads_an_event_with_fields_added_later_in_the_same_version() {
        String json = MAPPER.writeValueAsString(EventExamples.decisionMade())
                .replaceFirst("\\{", "{\"addedLater\":{\"any\":1},");

        DecisionMade read = MAPPER.readValue(json, DecisionMade.class);

        assertThat(read.licenceNumber()).isEqualTo("JY13301020012345");
        assertThat(read.decidedAt()).isEqualTo(OffsetDateTime.parse("2025-03-20T02:15:00Z"));
    }

    /** One break of the ApplicationAccepted example each, and what the single error names. */
    static List<Arguments> brokenApplicationAccepted() {
        return List.of(
                broken("a missing required field", accepted -> accepted.remove("acceptedOn"), "acceptedOn", "required"),
                broken("a value outside the enum", accepted -> accepted.put("channel", "FAX"), "/channel", "enum"),
                broken("an unmasked resident id", accepted -> ((ObjectNode) accepted.get("applicant"))
                        .put("maskedIdNumber", "330102199003072134"), "/applicant/maskedIdNumber"),
                broken("a field the contract does not know (producer side)", accepted -> accepted.put("phone", "13912345678"),
                        "phone"),
                broken("a time without offset", accepted -> accepted.put("acceptedAt", "2025-03-11T10:42:17"),
                        "/acceptedAt", "date-time"));
    }

    private static Arguments broken(String name, Consumer<ObjectNode> breakIt, String... named) {
        return Arguments.of(Named.of(name, breakIt), named);
    }

    @ParameterizedTest(name = "{0} is rejected")
    @MethodSource("brokenApplicationAccepted")
    void a_broken_event_is_rejected_with_one_error_naming_what_is_wrong(Consumer<ObjectNode> breakIt, String[] named) {
        ObjectNode accepted = EventJson.tree(EventExamples.applicationAccepted());
        breakIt.accept(accepted);

        assertThat(validate(ApplicationAccepted.class, accepted)).singleElement().asString().contains(named);
    }

    @Test
    void an_approval_without_licence_number_is_rejected() {
        ObjectNode decision = EventJson.tree(EventExamples.decisionMade());
        decision.putNull("licenceNumber");

        assertThat(validate(DecisionMade.class, decision))
                .anySatisfy(error -> assertThat(error).contains("/licenceNumber"));
    }

    @Test
    void a_rejection_needs_reasons() {
        ObjectNode decision = EventJson.tree(EventExamples.decisionMade());
        decision.put("outcome", "REJECTED");
        decision.putNull("licenceNumber");
        decision.putNull("validFrom");
        decision.putNull("validUntil");

        assertThat(validate(DecisionMade.class, decision))
                .singleElement().asString().contains("/reasons");
    }

    @Test
    void a_bad_flag_that_contradicts_the_level_is_rejected() {
        ObjectNode rating = EventJson.tree(EventExamples.ratingSubmitted());
        rating.put("bad", false);

        assertThat(validate(org.onewindow.contracts.rating.RatingSubmitted.class, rating))
                .singleElement().asString().contains("/bad");
    }

    @Test
    void text_that_is_not_json_gives_one_error_instead_of_an_exception() {
        assertThat(EventSchemas.validate(EventTypes.ceType(ApplicationAccepted.class), "{\"caseNumber\":"))
                .singleElement().asString().startsWith("not valid JSON");
    }

    @Test
    void an_unknown_type_has_no_schema() {
        assertThatThrownBy(() -> EventSchemas.validate("org.onewindow.intake.ApplicationAccepted.v9", "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("org.onewindow.intake.ApplicationAccepted.v9");
    }

    private static List<String> validate(Class<? extends DomainEvent> type, ObjectNode json) {
        return EventSchemas.validate(type, json.toString());
    }
}

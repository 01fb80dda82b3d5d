package org.onewindow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.intake.ResultDelivered;
import org.onewindow.contracts.review.ProcedurePaused;
import org.onewindow.contracts.review.ProcedureResumed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10's delivery changes follow the versioning rule (docs/events.md): {@code ResultDelivered.v1} grows optional
 * fields only, and the enums that gained values (the delivery method's ELECTRONIC) or will (the pause kinds) are read
 * tolerantly, so a consumer never dead-letters a valid event for a value it does not know yet: it reads null.
 */
class IntakeContractCompatibilityTest {

    private static final JsonMapper MAPPER = EventJson.MAPPER;

    /** ResultDelivered.v1 as consumers compiled before issue 10 knew it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ResultDeliveredBeforeIssue10(String caseNumber, String itemCode, String itemName, String outcome,
                                        @Nullable String licenceNumber, String method, OffsetDateTime deliveredAt,
                                        String centreCode, String implementingDepartment, String applicantUserId,
                                        @Nullable String agentUserId) {
    }

    @Test
    void an_older_consumer_reads_a_delivery_with_its_reference_and_lateness() {
        String json = MAPPER.writeValueAsString(EventExamples.resultDelivered());
        assertThat(json).contains("\"reference\":\"EA123456785CN\"", "\"late\":false");

        ResultDeliveredBeforeIssue10 read = MAPPER.readValue(json, ResultDeliveredBeforeIssue10.class);

        assertThat(read.method()).isEqualTo("MAIL");
        assertThat(read.licenceNumber()).isEqualTo("JY13301020012345");
    }

    @Test
    void a_delivery_written_before_issue_10_reads_and_validates() {
        String json = EventJson.without(EventExamples.resultDelivered(), "reference", "late", "licenceIssueDueBy");

        ResultDelivered read = MAPPER.readValue(json, ResultDelivered.class);

        assertThat(read.reference()).isNull();
        assertThat(read.late()).isNull();
        assertThat(read.method()).isEqualTo(ResultDelivered.DeliveryMethod.MAIL);
        assertThat(EventSchemas.validate(EventTypes.ceType(ResultDelivered.class), json)).isEmpty();
    }

    @Test
    void an_unknown_delivery_method_reads_as_null_instead_of_failing() {
        String newer = EventJson.with(EventExamples.resultDelivered(), "method", "DRONE");

        ResultDelivered read = MAPPER.readValue(newer, ResultDelivered.class);

        assertThat(read.method()).isNull();
        assertThat(read.caseNumber()).isEqualTo(EventExamples.CASE);
    }

    @Test
    void an_unknown_pause_kind_reads_as_null_instead_of_failing() {
        String paused = EventJson.with(EventExamples.procedurePaused(), "kind", "SITE_SURVEY");
        String resumed = EventJson.with(EventExamples.procedureResumed(), "kind", "SITE_SURVEY");

        assertThat(MAPPER.readValue(paused, ProcedurePaused.class).kind()).isNull();
        assertThat(MAPPER.readValue(paused, ProcedurePaused.class).reason())
                .isEqualTo(EventExamples.procedurePaused().reason());
        assertThat(MAPPER.readValue(resumed, ProcedureResumed.class).kind()).isNull();
    }

    @Test
    void known_values_still_read_as_themselves() {
        String json = MAPPER.writeValueAsString(EventExamples.procedurePaused());

        assertThat(MAPPER.readValue(json, ProcedurePaused.class).kind()).isEqualTo(EventExamples.procedurePaused().kind());
    }
}

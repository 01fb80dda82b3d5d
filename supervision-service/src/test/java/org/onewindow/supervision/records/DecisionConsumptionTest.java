package org.onewindow.supervision.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onewindow.platform.test.KafkaTestSupport.awaitEvents;
import static org.onewindow.platform.test.KafkaTestSupport.header;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventSchemas;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.supervision.SupervisionRecordPushed;
import org.onewindow.platform.messaging.BlockedEvents;
import org.onewindow.platform.messaging.DeadLettersEndpoint;
import org.onewindow.platform.test.BlockedBy;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.supervision.support.SupervisionIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.SecurityContext;

class DecisionConsumptionTest extends SupervisionIntegrationTest {

    @Autowired
    BlockedEvents blockedEvents;
    @Autowired
    DeadLettersEndpoint deadLetters;

    @Test
    void an_approval_is_pushed_to_its_supervising_department_and_announced() throws Exception {
        String caseNumber = newCaseNumber("PUSH");

        sendDecision(approval(caseNumber, List.of("rev-1", "chk-1")));

        await().atMost(WAIT).until(() -> recordCount(caseNumber) == 1);
        mvc.perform(get("/api/supervision/v1/records").param("caseNumber", caseNumber)
                        .header("Authorization", monitor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].status").value("PUSHED"))
                .andExpect(jsonPath("$.items[0].supervisingDepartment").value(DEPARTMENT))
                .andExpect(jsonPath("$.items[0].licenceNumber").value("JY-" + caseNumber))
                .andExpect(jsonPath("$.items[0].holderMaskedIdNumber").value("1101**********001X"))
                .andExpect(jsonPath("$.items[0].participants[1]").value("chk-1"))
                .andExpect(jsonPath("$.items[0].claimDeadline").isNotEmpty())
                .andExpect(jsonPath("$.items[0].pushedLate").value(false));

        List<ConsumerRecord<String, String>> pushed =
                awaitEvents(recordsTopic(), caseNumber, SupervisionRecordPushed.class, 1, WAIT);
        assertThat(pushed).singleElement().satisfies(r -> {
            assertThat(header(r, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(r, "ce_id")).isNotBlank();
            assertThat(header(r, "ce_source")).isNotBlank();
            assertThat(header(r, "ce_subject")).isEqualTo(caseNumber);
            assertThat(EventSchemas.validate(SupervisionRecordPushed.class, r.value())).isEmpty();
            assertThat(r.value()).contains("\"supervisingDepartment\":\"" + DEPARTMENT + "\"");
        });
    }

    @Test
    void a_consumed_approval_goes_through_the_command_path_and_its_audit_line_names_the_service() throws Exception {
        String caseNumber = newCaseNumber("PATH");

        String recordId = pushedRecord(caseNumber, List.of("rev-1"));

        assertThat(jdbc.sql("select action, actor_id, actor_role, principal from audit_trail where subject = ?")
                .param(caseNumber)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list()).containsExactly(List.of("PUSHED", "system", "SYSTEM", "system:supervision"));
        assertThat(jdbc.sql("select version from supervision_records where case_number = ?").param(caseNumber)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/supervision/v1/records/" + recordId + "/audit").header("Authorization", monitor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].action").value("PUSHED"))
                .andExpect(jsonPath("$.items[0].actorId").value("system"))
                .andExpect(jsonPath("$.items[0].actorName").value("OneWindow supervision"))
                .andExpect(jsonPath("$.items[0].actorRole").value("SYSTEM"))
                .andExpect(jsonPath("$.items[0].onBehalfOf").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.items[0].detail", org.hamcrest.Matchers.startsWith("pushed to " + DEPARTMENT)));
    }

    @Test
    void a_dead_lettered_event_about_the_case_shows_on_its_record_until_discarded() throws Exception {
        String caseNumber = newCaseNumber("BLOCKED");
        String recordId = pushedRecord(caseNumber, List.of("rev-1"));
        mvc.perform(get("/api/supervision/v1/records/" + recordId).header("Authorization", monitor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.blockedBy").isEmpty());

        String badId = UUID.randomUUID().toString();
        KafkaTestSupport.sendMalformed(reviewTopic(), badId, DecisionMade.class, caseNumber);

        await().atMost(WAIT).until(() -> !blockedEvents.blocking(caseNumber).isEmpty());
        mvc.perform(get("/api/supervision/v1/records/" + recordId).header("Authorization", monitor()))
                .andExpect(status().isOk())
                .andExpect(BlockedBy.oneUnreadable(badId, DecisionMade.class));

        long id = deadLetters.group("supervision").blocking().stream()
                .filter(letter -> caseNumber.equals(letter.key())).findFirst().orElseThrow().id();
        deadLetters.discard("supervision", id, "the decision was re-sent by review (test)", SecurityContext.NONE);
        mvc.perform(get("/api/supervision/v1/records/" + recordId).header("Authorization", monitor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.blockedBy").isEmpty());
    }

    @Test
    void a_redelivered_or_republished_approval_creates_no_second_record() {
        String caseNumber = newCaseNumber("TWICE");
        DecisionMade decision = approval(caseNumber, List.of("rev-1"));
        String ceId = UUID.randomUUID().toString();

        sendDecision(decision, ceId);
        sendDecision(decision, ceId);
        String republished = sendDecision(decision); // the same decision under a new ce_id

        // one case, one partition: once the last delivery is in the inbox, the two before it were handled
        await().atMost(WAIT).until(() -> jdbc.sql(
                "select count(*) from inbox where consumer_group = 'supervision' and event_id = ?")
                .param(republished).query(Long.class).single() == 1);
        assertThat(recordCount(caseNumber)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from outbox where key = ? and ce_type = ?")
                .param(caseNumber).param(EventTypes.ceType(SupervisionRecordPushed.class))
                .query(Long.class).single()).as("one push announced").isEqualTo(1);
    }

    @Test
    void a_rejection_creates_no_record_but_is_noted_for_reconciliation() {
        String caseNumber = newCaseNumber("REJECT");

        sendDecision(rejection(caseNumber));

        await().atMost(WAIT).until(() -> decisionsSeen(caseNumber) == 1);
        assertThat(recordCount(caseNumber)).isZero();
    }

    @Test
    void a_malformed_decision_goes_to_the_dead_letter_topic_and_the_next_one_is_processed() {
        String broken = newCaseNumber("BROKEN");
        String noLicence = newCaseNumber("NOLICENCE");
        String next = newCaseNumber("NEXT");
        DecisionMade approvedWithoutLicence = new DecisionMade(noLicence, "ITEM-FOOD", 3, "食品经营许可",
                org.onewindow.contracts.review.Outcome.APPROVED, null, null, null, List.of(),
                java.time.OffsetDateTime.now(), "MARKET-APPROVAL", DEPARTMENT, "王五", "1101**********003X",
                List.of(), "applicant-3");

        KafkaTestSupport.sendMalformed(reviewTopic(), UUID.randomUUID().toString(), DecisionMade.class, broken);
        sendDecision(approvedWithoutLicence);
        sendDecision(approval(next, List.of()));

        await().atMost(WAIT).until(() -> recordCount(next) == 1);
        String dlt = topics.deadLetterTopic("supervision");
        List<ConsumerRecord<String, String>> dead = KafkaTestSupport.readUntil(dlt, WAIT, records -> records.stream()
                .filter(r -> broken.equals(r.key()) || noLicence.equals(r.key())).count() >= 2);
        assertThat(dead).extracting(ConsumerRecord::key).contains(broken, noLicence);
        assertThat(recordCount(broken)).isZero();
        assertThat(recordCount(noLicence)).isZero();
    }

    @Test
    void an_approval_received_weeks_after_its_decision_is_still_pushed_but_flagged_late() throws Exception {
        String caseNumber = newCaseNumber("LATEPUSH");
        DecisionMade onTime = approval(caseNumber, List.of());
        DecisionMade weeksOld = new DecisionMade(caseNumber, onTime.itemCode(), onTime.itemVersion(),
                onTime.itemName(), onTime.outcome(), onTime.licenceNumber(), onTime.validFrom(), onTime.validUntil(),
                onTime.reasons(), onTime.decidedAt().minusDays(21), onTime.implementingDepartment(),
                onTime.supervisingDepartment(), onTime.holderName(), onTime.holderMaskedIdNumber(),
                onTime.participants(), onTime.applicantUserId());

        sendDecision(weeksOld);

        await().atMost(WAIT).until(() -> recordCount(caseNumber) == 1);
        mvc.perform(get("/api/supervision/v1/records").param("caseNumber", caseNumber)
                        .header("Authorization", monitor()))
                .andExpect(jsonPath("$.items[0].pushedLate").value(true));
        mvc.perform(get("/api/supervision/v1/reconciliation").header("Authorization", monitor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pushedLate", org.hamcrest.Matchers.hasItem(caseNumber)));
    }
}

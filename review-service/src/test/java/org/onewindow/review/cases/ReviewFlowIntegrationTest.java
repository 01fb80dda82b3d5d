package org.onewindow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.onewindow.platform.test.KafkaTestSupport.header;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventSchemas;
import org.onewindow.contracts.Stream;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.ReviewCaseOpened;
import org.onewindow.contracts.review.TaskCompleted;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.TestTokens;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** The review service on the real embedded PostgreSQL and Kafka: events in, REST, events out. */
class ReviewFlowIntegrationTest extends ReviewIntegrationSupport {

    @Test
    void an_accepted_application_opens_one_case_and_a_redelivery_or_duplicate_creates_no_second() throws Exception {
        String caseNumber = newCaseNumber();
        ApplicationAccepted event = accepted(caseNumber, "MARKET", "HEALTH");
        String id = UUID.randomUUID().toString();

        KafkaTestSupport.publish(topics.topicOf(ApplicationAccepted.class), event, id);
        KafkaTestSupport.publish(topics.topicOf(ApplicationAccepted.class), event, id); // redelivery: same ce_id
        KafkaTestSupport.publish(topics.topicOf(ApplicationAccepted.class), event);     // a duplicate fact under a new ce_id
        String marker = openCase("MARKET"); // processed after the three above (same partition order per key aside)

        awaitCase(caseNumber);
        assertThat(jdbc.sql("SELECT count(*) FROM department_task WHERE case_number = ?").param(caseNumber)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_trail WHERE subject = ? AND action = 'CASE_OPENED'")
                .param(caseNumber).query(Long.class).single()).isEqualTo(1);
        JsonNode json = caseJson(caseNumber);
        assertThat(json.get("deadlines").get("promised").asString()).isEqualTo("2026-03-16");
        assertThat(json.get("deadlines").get("statutory").asString()).isEqualTo("2026-03-30");
        assertThat(marker).isNotBlank();

        ConsumerRecord<String, String> opened = KafkaTestSupport.awaitEvents(topics.topic(Stream.REVIEW_CASES), caseNumber,
                ReviewCaseOpened.class, 1, WAIT).getFirst();
        assertThat(EventSchemas.validate(ReviewCaseOpened.class, opened.value())).isEmpty();
        assertThat(header(opened, "ce_id")).isNotBlank();
        assertThat(KafkaTestSupport.awaitEvents(topics.topic(Stream.REVIEW_CASES), caseNumber,
                ReviewCaseOpened.class, 1, WAIT)).hasSize(1);
    }

    @Test
    void a_malformed_record_goes_to_the_dead_letter_topic_while_the_next_is_processed() throws Exception {
        String badCase = newCaseNumber();
        String badId = UUID.randomUUID().toString();
        KafkaTestSupport.sendMalformed(topics.topicOf(ApplicationAccepted.class), badId, ApplicationAccepted.class, badCase);

        String next = openCase("MARKET");

        assertThat(caseJson(next).get("status").asString()).isEqualTo("OPEN");
        String dlt = topics.deadLetterTopic("review");
        assertThat(KafkaTestSupport.awaitRecords(dlt, badCase, 1, WAIT)).extracting(r -> header(r, "ce_id"))
                .contains(badId);
        assertThat(jdbc.sql("SELECT count(*) FROM review_case WHERE case_number = ?").param(badCase).query(Long.class).single())
                .isZero();
    }

    @Test
    void reviewers_and_checkers_approve_every_task_over_rest_and_the_decision_is_published() throws Exception {
        String caseNumber = openCase("MARKET", "HEALTH");

        mvc.perform(get("/api/review/v1/tasks").header("Authorization", reviewer("r-m", "MARKET")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].caseNumber", org.hamcrest.Matchers.hasItem(caseNumber)));
        mvc.perform(get("/api/review/v1/tasks?department=HEALTH").header("Authorization", reviewer("r-m", "MARKET")))
                .andExpect(status().isForbidden());
        for (String department : List.of("MARKET", "HEALTH")) {
            String taskId = taskOf(caseNumber, department);
            opinion(taskId, reviewer("r-" + department, department), "REVIEW", "APPROVE", null).andExpect(status().isCreated());
            opinion(taskId, checker("k-" + department, department), "CHECK", "APPROVE", null).andExpect(status().isCreated());
        }

        mvc.perform(get("/api/review/v1/cases/" + caseNumber).header("Authorization", reviewer("r-any", "MARKET")))
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decision.licence.number", matchesPattern("330100-SP-001-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$.audit[*].action", org.hamcrest.Matchers.hasItem("CHECK_APPROVE")));
        JsonNode decision = awaitEvent(caseNumber, DecisionMade.class);
        assertThat(decision.get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(decision.get("participants").toString()).contains("r-MARKET", "k-MARKET", "r-HEALTH", "k-HEALTH");
        assertThat(decision.get("holderMaskedIdNumber").asString()).isEqualTo("330102********123X");
    }

    @Test
    void a_rejection_by_one_department_decides_at_once_cancels_the_other_task_and_is_published_with_reasons() throws Exception {
        String caseNumber = openCase("MARKET", "HEALTH");

        opinion(taskOf(caseNumber, "HEALTH"), reviewer("r-h", "HEALTH"), "REVIEW", "REJECT", "卫生条件不符合要求")
                .andExpect(status().isCreated());

        mvc.perform(get("/api/review/v1/cases/" + caseNumber).header("Authorization", reviewer("r-any", "MARKET")))
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.tasks[?(@.department == 'MARKET')].status").value(org.hamcrest.Matchers.hasItem("CANCELLED")));
        awaitEvent(caseNumber, TaskCompleted.class);
        JsonNode decision = awaitEvent(caseNumber, DecisionMade.class);
        assertThat(decision.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(decision.get("reasons").toString()).contains("卫生条件不符合要求");
        assertThat(decision.get("licenceNumber").isNull()).isTrue();
    }

    @Test
    void rules_broken_over_rest_answer_with_problems_naming_the_rule() throws Exception {
        String caseNumber = openCase("MARKET");
        String taskId = taskOf(caseNumber, "MARKET");

        opinion(taskId, reviewer("r-h", "HEALTH"), "REVIEW", "APPROVE", null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", containsString("review.wrong-department")));
        opinion(taskId, reviewer("r-m", "MARKET"), "REVIEW", "REJECT", null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reasons"));
        opinion(taskId, reviewer("r-m", "MARKET"), "REVIEW", "APPROVE", null).andExpect(status().isCreated());
        opinion(taskId, reviewer("r-m2", "MARKET"), "REVIEW", "APPROVE", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", containsString("review.step-already-completed")));
        opinion(taskId, TestTokens.bearer("r-m", Set.of("CHECKER"), "MARKET", "3301"), "CHECK", "APPROVE", null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", containsString("review.two-person-rule")));
        mvc.perform(post("/api/review/v1/tasks/" + taskId + "/opinions").header("Authorization", reviewer("r-m", "MARKET"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"opinion\":\"APPROVE\"}"))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.errors[0].field").value("step"));
        mvc.perform(get("/api/review/v1/cases/NO-SUCH-CASE").header("Authorization", reviewer("r-m", "MARKET")))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_supplement_request_pauses_the_clock() throws Exception {
        String caseNumber = openCase("MARKET");
        String taskId = taskOf(caseNumber, "MARKET");

        mvc.perform(post("/api/review/v1/cases/" + caseNumber + "/supplement-requests")
                        .header("Authorization", reviewer("r-m", "MARKET")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"taskId\":\"" + taskId + "\",\"materials\":[{\"code\":\"M01\",\"name\":\"营业执照\",\"note\":\"复印件不清晰\"}]}"))
                .andExpect(status().isCreated());

        JsonNode json = caseJson(caseNumber);
        assertThat(json.get("paused").asBoolean()).isTrue();
        assertThat(json.get("pauses").get(0).get("pausedBy").asString()).isEqualTo("r-m");
        opinion(taskId, reviewer("r-m", "MARKET"), "REVIEW", "APPROVE", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", containsString("review.case-paused")));
    }
}

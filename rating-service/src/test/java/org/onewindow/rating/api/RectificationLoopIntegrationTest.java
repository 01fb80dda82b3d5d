package org.onewindow.rating.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventSchemas;
import org.onewindow.contracts.Stream;
import org.onewindow.contracts.intake.ApplicationNotAccepted;
import org.onewindow.contracts.intake.OneTimeNoticeIssued;
import org.onewindow.contracts.rating.RatingSubmitted;
import org.onewindow.contracts.rating.RatingSubmittedV2;
import org.onewindow.contracts.rating.RectificationOverdue;
import org.onewindow.contracts.rating.RectificationProgressed;
import org.onewindow.platform.test.Concurrently;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.TestTokens;
import org.onewindow.rating.config.RatingProperties;
import org.onewindow.rating.rectifications.adapters.scheduling.RectificationOverdueWatch;
import org.onewindow.rating.rectifications.application.RectificationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * The rectification loop (差评整改) over REST on the embedded PostgreSQL and Kafka: the rated department's supervisor
 * verifies, rectifies, records the follow-up call and closes; an appeal decided by a MONITOR; the overdue watch
 * raising once with two scanners; the applicant reading the outcome; refusals and notices rated.
 */
class RectificationLoopIntegrationTest extends RatingApiTest {

    static final String PATH = "/api/rating/v1/rectifications/";
    static final String LIST = "/api/rating/v1/rectifications";

    @Autowired
    RectificationOverdueWatch watch;
    @Autowired
    RectificationService rectifications;
    @Autowired
    RatingProperties properties;

    static String supervisorOf(String department) {
        return TestTokens.bearer("sup-" + department, Set.of("SUPERVISOR"), department, null);
    }

    @Test
    void a_bad_rating_goes_through_verification_rectification_follow_up_and_closing() throws Exception {
        String department = newDepartment("DEPT-L");
        String caseNumber = deliveredCase(department);
        String applicant = applicantOf(caseNumber);
        JsonNode rating = badRating(caseNumber, applicant);
        String id = rating.get("rectificationId").asString();
        String supervisor = supervisorOf(department);

        // the department scope of rectification.read: a supervisor reads only their own department's rectifications
        // (another department's is unknown to them: 404; naming its department lists nothing)
        mvc.perform(get(PATH + id).header("Authorization", supervisorOf("OTHER-DEPT")))
                .andExpect(status().isNotFound());
        mvc.perform(get(LIST).param("department", department).header("Authorization", supervisorOf("OTHER-DEPT")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get(LIST).header("Authorization", supervisorOf("OTHER-DEPT")))
                .andExpect(jsonPath("$.items[?(@.implementingDepartment == '" + department + "')]").isEmpty());
        mvc.perform(get(LIST).param("size", "100").header("Authorization", supervisor))
                .andExpect(jsonPath("$.items[*].implementingDepartment", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is(department))));
        mvc.perform(get(PATH + id).header("Authorization", MONITOR)).andExpect(status().isOk());

        step(supervisorOf("OTHER-DEPT"), id, "verification", "{\"founded\":true,\"reason\":\"属实\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", endsWith("rectification.other-department")));
        step(supervisor, id, "verification", "{\"reason\":\"属实\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("founded"));
        step(supervisor, id, "closure", "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", endsWith("rectification.close-needs-followed-up")));

        step(supervisor, id, "verification", "{\"founded\":true,\"reason\":\"窗口未一次性告知，属实\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VERIFIED"))
                .andExpect(jsonPath("$.founded").value(true));
        step(supervisor, id, "measures", "{\"measures\":\"已培训窗口人员并公示材料清单\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RECTIFIED"));
        step(supervisor, id, "follow-up", "{\"satisfied\":true,\"note\":\"电话回访 13812345678，申请人满意\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FOLLOWED_UP"))
                .andExpect(jsonPath("$.followUp").value("电话回访 138****5678，申请人满意"));
        step(supervisor, id, "closure", "{}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.outcome").value("RECTIFIED"))
                .andExpect(jsonPath("$.stepDueOn").doesNotExist());

        // the applicant reads the outcome through their own rating; another applicant may not
        String ratingId = rating.get("ratingId").asString();
        mvc.perform(get("/api/rating/v1/ratings/" + ratingId + "/rectification")
                        .header("Authorization", token(applicant)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("RECTIFIED"))
                .andExpect(jsonPath("$.measures").value("已培训窗口人员并公示材料清单"));
        mvc.perform(get("/api/rating/v1/ratings/" + ratingId + "/rectification")
                        .header("Authorization", token("someone-else")))
                .andExpect(status().isNotFound());

        List<ConsumerRecord<String, String>> steps = ratingEvents(caseNumber, RectificationProgressed.class, 4);
        assertThat(steps).extracting(r -> JSON.readTree(r.value()).get("step").asString())
                .containsExactly("VERIFIED", "RECTIFIED", "FOLLOWED_UP", "CLOSED");
        assertThat(steps).allSatisfy(r -> assertThat(EventSchemas.validate(RectificationProgressed.class, r.value()))
                .isEmpty());
        assertThat(steps.getLast().value()).contains("\"outcome\":\"RECTIFIED\"");
        assertThat(steps.get(2).value()).doesNotContain("13812345678");
        mvc.perform(get("/api/rating/v1/cases/" + caseNumber).header("Authorization", MONITOR))
                .andExpect(jsonPath("$.audit[*].action", org.hamcrest.Matchers.hasItems("RECTIFICATION_VERIFIED",
                        "RECTIFICATION_RECTIFIED", "RECTIFICATION_FOLLOWED_UP", "RECTIFICATION_CLOSED")));
        mvc.perform(get("/api/rating/v1/statistics").param("by", "department"))
                .andExpect(jsonPath("$.items[?(@.key == '" + department + "')].rectified").value(1))
                .andExpect(jsonPath("$.items[?(@.key == '" + department + "')].appealed").value(0));
    }

    @Test
    void the_department_appeals_and_a_monitor_decides() throws Exception {
        String department = newDepartment("DEPT-P");
        String caseNumber = deliveredCase(department);
        String id = badRating(caseNumber, applicantOf(caseNumber)).get("rectificationId").asString();
        String supervisor = supervisorOf(department);

        step(supervisor, id, "appeal", "{\"reason\":\"申请人提交的材料不全，依法一次性告知\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPEALED"))
                .andExpect(jsonPath("$.appealedFrom").value("OPEN"));
        step(supervisor, id, "appeal/decision", "{\"upheld\":true,\"reason\":\"x\"}")
                .andExpect(status().isForbidden());
        step(supervisor, id, "appeal", "{\"reason\":\"again\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", endsWith("rectification.already-appealed")));
        step(MONITOR, id, "appeal/decision", "{\"upheld\":true,\"reason\":\"经调取录像，申诉成立\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.outcome").value("APPEAL_UPHELD"));

        assertThat(ratingEvents(caseNumber, RectificationProgressed.class, 2))
                .extracting(r -> JSON.readTree(r.value()).get("step").asString())
                .containsExactly("APPEALED", "APPEAL_DECIDED");
        mvc.perform(get("/api/rating/v1/statistics").param("by", "department"))
                .andExpect(jsonPath("$.items[?(@.key == '" + department + "')].appealed").value(1));
    }

    @Test
    void an_overdue_step_is_warned_of_exactly_once_by_two_scanners() throws Exception {
        String department = newDepartment("DEPT-O");
        String caseNumber = deliveredCase(department);
        String id = badRating(caseNumber, applicantOf(caseNumber)).get("rectificationId").asString();
        // the verification step was due long ago (the clock is the real one: move the due date instead)
        jdbc.sql("UPDATE rectification SET step_due_on = DATE '2026-01-05' WHERE rectification_id = ?::uuid")
                .param(id).update();

        // two instances (two beans on the one database) scanning at the same moment
        RectificationOverdueWatch otherInstance = new RectificationOverdueWatch(rectifications, properties);
        List<Integer> raised = Concurrently.run(watch::scan, otherInstance::scan);
        assertThat(raised.get(0) + raised.get(1)).as("warnings raised for this rectification and maybe others")
                .isGreaterThanOrEqualTo(1);
        watch.scan();

        assertThat(jdbc.sql("SELECT overdue_steps FROM rectification WHERE rectification_id = ?::uuid").param(id)
                .query(Integer.class).single()).isEqualTo(1);
        List<ConsumerRecord<String, String>> overdue = ratingEvents(caseNumber, RectificationOverdue.class, 1);
        assertThat(overdue).singleElement().satisfies(r -> {
            assertThat(EventSchemas.validate(RectificationOverdue.class, r.value())).isEmpty();
            assertThat(r.value()).contains("\"status\":\"OPEN\"", "\"stepDueOn\":\"2026-01-05\"");
        });
        mvc.perform(get(PATH + id).header("Authorization", MONITOR)).andExpect(jsonPath("$.overdueSteps").value(1));
        mvc.perform(get("/api/rating/v1/statistics").param("by", "department"))
                .andExpect(jsonPath("$.items[?(@.key == '" + department + "')].overdue").value(1));
    }

    @Test
    void a_refusal_and_a_notice_can_be_rated_and_are_published_as_v2_only() throws Exception {
        String refused = newCaseNumber();
        String applicant = applicantOf(refused);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        send(new ApplicationNotAccepted(refused, "FOOD-BIZ-LICENCE", List.of(new ApplicationNotAccepted.Reason(
                "item-not-delegated", "请至市中心办理")), "clerk-1", now, "C-CITY-01", "MARKET", applicant, null));
        awaitStage(refused, "REFUSAL");

        rate(token(applicant), refused, "REFUSAL", "DISSATISFIED", "没说清楚为什么")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.stage").value("REFUSAL"))
                .andExpect(jsonPath("$.rectificationId").isNotEmpty());
        ConsumerRecord<String, String> v2 = ratingEvents(refused, RatingSubmittedV2.class, 1).getFirst();
        assertThat(EventSchemas.validate(RatingSubmittedV2.class, v2.value())).isEmpty();
        assertThat(KafkaTestSupport.header(v2, "ce_type")).isEqualTo("org.onewindow.rating.RatingSubmitted.v2");
        assertThat(KafkaTestSupport.awaitEvents(topics.topic(Stream.RATING_RATINGS), refused, RatingSubmitted.class, 0,
                Duration.ofSeconds(2))).as("v1 cannot say REFUSAL").isEmpty();

        String noticed = newCaseNumber();
        send(new OneTimeNoticeIssued(noticed, "FOOD-BIZ-LICENCE", List.of(), "clerk-1", now, now.toLocalDate(),
                "C-CITY-01", "MARKET", applicantOf(noticed), null));
        awaitStage(noticed, "NOTICE");

        // an older producer's refusal does not say who may rate it: no stage, and no dead letter either
        String older = newCaseNumber();
        String ceId = UUID.randomUUID().toString();
        send(ceId, new ApplicationNotAccepted(older, "FOOD-BIZ-LICENCE",
                List.of(new ApplicationNotAccepted.Reason("r", "m")), "clerk-1", now));
        await().atMost(WAIT).until(() -> inboxCount(ceId) == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM case_stage WHERE case_number = ?").param(older)
                .query(Long.class).single()).isZero();
    }

    @Test
    void who_rated_is_shown_only_to_the_rater_and_the_rated_departments_supervisor() throws Exception {
        String department = newDepartment("DEPT-N");
        String caseNumber = deliveredCase(department);
        String applicant = applicantOf(caseNumber);
        String ratingId = badRating(caseNumber, applicant).get("ratingId").asString();
        String path = "/api/rating/v1/ratings/" + ratingId;

        mvc.perform(get(path).header("Authorization", token(applicant)))
                .andExpect(jsonPath("$.raterUserId").value(applicant));
        mvc.perform(get(path).header("Authorization", supervisorOf(department)))
                .andExpect(jsonPath("$.raterUserId").value(applicant));
        mvc.perform(get(path).header("Authorization", supervisorOf("OTHER-DEPT")))
                .andExpect(status().isNotFound());
        mvc.perform(get(path).header("Authorization", MONITOR))
                .andExpect(jsonPath("$.raterUserId").value("a***"))
                .andExpect(jsonPath("$.comment").value("让我跑了三次"));
        mvc.perform(get("/api/rating/v1/ratings").param("caseNumber", caseNumber)
                        .header("Authorization", TestTokens.bearer("clerk-1", Set.of("WINDOW_CLERK"), null, "C-CITY-01")))
                .andExpect(jsonPath("$.items[0].raterUserId").value("a***"));
    }

    // ---- helpers

    /** The applicant's very dissatisfied rating of the case's COMPLETION, which opens a rectification. */
    JsonNode badRating(String caseNumber, String applicant) throws Exception {
        return rated(applicant, caseNumber, "COMPLETION", "VERY_DISSATISFIED", "让我跑了三次");
    }

    ResultActions step(String token, String id, String step, String body) throws Exception {
        return mvc.perform(post(PATH + id + "/" + step).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}

package org.onewindow.rating.api;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.Stream;
import org.onewindow.contracts.intake.ResultDelivered;
import org.onewindow.contracts.review.Outcome;
import org.onewindow.platform.messaging.TopicNames;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Spring context of this module's REST and event tests (embedded PostgreSQL and Kafka), and what they all
 * do to get there: a case delivered (or otherwise opened for rating) by an intake event, a rating posted by its
 * applicant, rating's published events read back. The classes share the database: assert on what a test created.
 */
@OneWindowTest
@AutoConfigureMockMvc
abstract class RatingApiTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final AtomicInteger CASES = new AtomicInteger();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String MONITOR = TestTokens.bearer("monitor-1", Set.of("MONITOR"), null, null);
    static final String RATINGS = "/api/rating/v1/ratings";

    @Autowired
    MockMvc mvc;
    @Autowired
    TopicNames topics;
    @Autowired
    JdbcClient jdbc;

    static String newCaseNumber() {
        return "C3301-20260302-%06d-%s".formatted(CASES.incrementAndGet(), UUID.randomUUID().toString().substring(0, 6));
    }

    /** The applicant the cases of {@link #deliveredCase} (and the tests' other opened cases) are for. */
    static String applicantOf(String caseNumber) {
        return "applicant-" + caseNumber;
    }

    /** An applicant's bearer token. */
    static String token(String userId) {
        return TestTokens.bearer(userId, Set.of("APPLICANT"), null, null);
    }

    /** A unique department code starting with {@code prefix}, so a test's statistics and lists are its own. */
    static String newDepartment(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
    }

    static ResultDelivered delivered(String caseNumber, String applicant, String agent, String department,
                                     OffsetDateTime deliveredAt) {
        return new ResultDelivered(caseNumber, "FOOD-BIZ-LICENCE", "食品经营许可", Outcome.APPROVED, "FOOD-2026-000001",
                ResultDelivered.DeliveryMethod.WINDOW_PICKUP, deliveredAt, "C-CITY-01", department, applicant, agent);
    }

    /** A new case delivered now by {@code department} to {@link #applicantOf its applicant}: COMPLETION is open. */
    String deliveredCase(String department) {
        String caseNumber = newCaseNumber();
        send(delivered(caseNumber, applicantOf(caseNumber), null, department, OffsetDateTime.now()));
        awaitStage(caseNumber, "COMPLETION");
        return caseNumber;
    }

    /** Publishes on this context's topic of the event's stream, as the producing service would. */
    void send(String ceId, DomainEvent event) {
        KafkaTestSupport.publish(topics.topicOf(event.getClass()), event, ceId);
    }

    void send(DomainEvent event) {
        send(UUID.randomUUID().toString(), event);
    }

    void awaitStage(String caseNumber, String stage) {
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT count(*) FROM case_stage WHERE case_number = ? AND stage = ?")
                .params(caseNumber, stage).query(Long.class).single() == 1);
    }

    long inboxCount(String ceId) {
        return jdbc.sql("SELECT count(*) FROM inbox WHERE event_id = ?").param(ceId).query(Long.class).single();
    }

    ResultActions rate(String token, String caseNumber, String stage, String level, String comment) throws Exception {
        return rate(token, caseNumber, stage, level, comment, null);
    }

    ResultActions rate(String token, String caseNumber, String stage, String level, String comment, String ifMatch)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseNumber", caseNumber);
        body.put("stage", stage);
        body.put("level", level);
        body.put("comment", comment);
        var request = post(RATINGS).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        return mvc.perform(ifMatch == null ? request : request.header("If-Match", ifMatch));
    }

    /** The applicant's rating of the stage, which must be created (201): the answer's body. */
    JsonNode rated(String applicant, String caseNumber, String stage, String level, String comment) throws Exception {
        String answer = rate(token(applicant), caseNumber, stage, level, comment)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(answer);
    }

    /** Rating's events about the case on its ratings stream, once there are {@code atLeast}. */
    List<ConsumerRecord<String, String>> ratingEvents(String caseNumber, Class<? extends DomainEvent> eventClass,
                                                      int atLeast) {
        return KafkaTestSupport.awaitEvents(topics.topic(Stream.RATING_RATINGS), caseNumber, eventClass, atLeast, WAIT);
    }
}

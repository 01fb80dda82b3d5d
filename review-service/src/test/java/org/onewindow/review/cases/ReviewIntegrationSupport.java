package org.onewindow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventSchemas;
import org.onewindow.contracts.Stream;
import org.onewindow.contracts.catalog.Channel;
import org.onewindow.contracts.catalog.Route;
import org.onewindow.contracts.intake.ApplicationAccepted;
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
 * Shared set-up of the review integration tests: one Spring context (cached across the subclasses) on the JVM's
 * embedded PostgreSQL and Kafka, and helpers to open cases and drive the API (events are published and awaited with
 * {@link KafkaTestSupport}).
 */
@OneWindowTest(properties = "onewindow.review.warnings.enabled=false")
@AutoConfigureMockMvc
abstract class ReviewIntegrationSupport {

    static final AtomicInteger CASES = new AtomicInteger();
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** How long to wait for what Kafka carries: consumers, relays and the shared broker are all asynchronous. */
    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;

    @Autowired
    TopicNames topics;

    @Autowired
    JdbcClient jdbc;

    static String newCaseNumber() {
        return "C3301-20260302-" + "%06d".formatted(CASES.incrementAndGet()) + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    static ApplicationAccepted accepted(String caseNumber, String... departments) {
        return acceptedOn(LocalDate.of(2026, 3, 2), caseNumber, departments);
    }

    static ApplicationAccepted acceptedOn(LocalDate day, String caseNumber, String... departments) {
        return new ApplicationAccepted(caseNumber, "330100-SP-001", 3, "食品经营许可", "3301", Channel.WINDOW,
                new ApplicationAccepted.Applicant(ApplicationAccepted.ApplicantKind.PERSON, "张三", "330102********123X", "applicant-1"),
                null, "clerk-1", day.atTime(10, 0).atOffset(java.time.ZoneOffset.ofHours(8)), day, false, List.of(),
                false, 10, 20, new Route(org.onewindow.contracts.catalog.RouteMode.PARALLEL, true, List.of(departments)),
                departments[0], "MARKET-SUPERVISION");
    }

    String openCase(String... departments) {
        String caseNumber = newCaseNumber();
        KafkaTestSupport.publish(topics.topicOf(ApplicationAccepted.class), accepted(caseNumber, departments));
        awaitCase(caseNumber);
        return caseNumber;
    }

    void awaitCase(String caseNumber) {
        await().atMost(WAIT).untilAsserted(() ->
                mvc.perform(get("/api/review/v1/cases/" + caseNumber).header("Authorization", monitor()))
                        .andExpect(status().isOk()));
    }

    static String reviewer(String user, String department) {
        return TestTokens.bearer(user, Set.of("REVIEWER"), department, "3301");
    }

    /** Reads every case (scope all-masked): what the tests read to check a case, whatever its departments. */
    static String monitor() {
        return TestTokens.bearer("monitor-1", Set.of("MONITOR"), null, null);
    }

    static String checker(String user, String department) {
        return TestTokens.bearer(user, Set.of("CHECKER"), department, "3301");
    }

    JsonNode caseJson(String caseNumber) throws Exception {
        String body = mvc.perform(get("/api/review/v1/cases/" + caseNumber).header("Authorization", monitor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }

    String taskOf(String caseNumber, String department) throws Exception {
        for (JsonNode task : caseJson(caseNumber).get("tasks")) {
            if (task.get("department").asString().equals(department)) {
                return task.get("taskId").asString();
            }
        }
        throw new AssertionError("no task for " + department);
    }

    /** Review's first event of {@code type} about the case, checked against its JSON Schema. */
    <E extends DomainEvent> JsonNode awaitEvent(String caseNumber, Class<E> type) {
        ConsumerRecord<String, String> record = KafkaTestSupport.awaitEvents(topics.topic(Stream.REVIEW_CASES), caseNumber,
                type, 1, WAIT).getFirst();
        assertThat(EventSchemas.validate(type, record.value())).as(record.value()).isEmpty();
        return JSON.readTree(record.value());
    }

    /** Review and check by the department: the case is APPROVED; returns its licence number. */
    String approve(String caseNumber, String department) throws Exception {
        String taskId = taskOf(caseNumber, department);
        opinion(taskId, reviewer("r-" + department, department), "REVIEW", "APPROVE", null)
                .andExpect(status().isCreated());
        opinion(taskId, checker("k-" + department, department), "CHECK", "APPROVE", null)
                .andExpect(status().isCreated());
        JsonNode decided = caseJson(caseNumber);
        assertThat(decided.get("status").asString()).isEqualTo("APPROVED");
        return decided.get("decision").get("licence").get("number").asString();
    }

    ResultActions opinion(String taskId, String token, String step, String opinion, String reasons) throws Exception {
        String body = "{\"step\":\"" + step + "\",\"opinion\":\"" + opinion + "\""
                + (reasons == null ? "" : ",\"reasons\":[\"" + reasons + "\"]") + "}";
        return mvc.perform(post("/api/review/v1/tasks/" + taskId + "/opinions").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}

package org.onewindow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.EventSchemas;
import org.onewindow.contracts.Stream;
import org.onewindow.contracts.catalog.Channel;
import org.onewindow.contracts.catalog.Route;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.ReviewCaseOpened;
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
 * embedded PostgreSQL and Kafka, and helpers to send intake events with CloudEvents headers and to drive the API.
 */
@OneWindowTest(properties = "onewindow.review.warnings.enabled=false")
@AutoConfigureMockMvc
abstract class ReviewIntegrationSupport {

    static final AtomicInteger CASES = new AtomicInteger();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ACCEPTED = EventTypes.ceType(ApplicationAccepted.class);

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

    static Map<String, String> headers(String id, String type, String subject) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", id);
        headers.put("ce_type", type);
        headers.put("ce_source", "/onewindow/intake-service");
        headers.put("ce_subject", subject);
        headers.put("ce_time", "2026-03-02T10:00:00+08:00");
        headers.put("content-type", "application/json");
        return headers;
    }

    /** Sends an event the way the platform's relay writes it: CloudEvents binary headers, JSON value, key = subject. */
    void send(DomainEvent event) {
        KafkaTestSupport.send(topics.topic(EventTypes.stream(event.getClass())), event.subject(),
                headers(UUID.randomUUID().toString(), EventTypes.ceType(event.getClass()), event.subject()),
                JSON.writeValueAsString(event));
    }

    void sendAccepted(String id, ApplicationAccepted event) {
        KafkaTestSupport.send(topics.topic(Stream.INTAKE_APPLICATIONS), event.caseNumber(), headers(id, ACCEPTED, event.caseNumber()),
                JSON.writeValueAsString(event));
    }

    String openCase(String... departments) {
        String caseNumber = newCaseNumber();
        sendAccepted(UUID.randomUUID().toString(), accepted(caseNumber, departments));
        awaitCase(caseNumber);
        return caseNumber;
    }

    void awaitCase(String caseNumber) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/review/v1/cases/" + caseNumber).header("Authorization", reviewer("r-any", "MARKET")))
                        .andExpect(status().isOk()));
    }

    static String reviewer(String user, String department) {
        return TestTokens.bearer(user, Set.of("REVIEWER"), department, "3301");
    }

    static String checker(String user, String department) {
        return TestTokens.bearer(user, Set.of("CHECKER"), department, "3301");
    }

    JsonNode caseJson(String caseNumber) throws Exception {
        String body = mvc.perform(get("/api/review/v1/cases/" + caseNumber).header("Authorization", reviewer("r-any", "MARKET")))
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

    ResultActions opinion(String taskId, String token, String step, String opinion, String reasons) throws Exception {
        String body = "{\"step\":\"" + step + "\",\"opinion\":\"" + opinion + "\""
                + (reasons == null ? "" : ",\"reasons\":[\"" + reasons + "\"]") + "}";
        return mvc.perform(post("/api/review/v1/tasks/" + taskId + "/opinions").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    List<ConsumerRecord<String, String>> reviewEvents(String caseNumber, String ceType, int atLeast) {
        String topic = topics.topic(Stream.REVIEW_CASES);
        await().atMost(Duration.ofSeconds(30)).until(() -> ofCase(KafkaTestSupport.readAll(topic, Duration.ofSeconds(2), 1),
                caseNumber, ceType).size() >= atLeast);
        return ofCase(KafkaTestSupport.readAll(topic, Duration.ofSeconds(5), 1), caseNumber, ceType);
    }

    static List<ConsumerRecord<String, String>> ofCase(List<ConsumerRecord<String, String>> records, String key, String ceType) {
        return records.stream().filter(r -> key.equals(r.key()) && ceType.equals(header(r, "ce_type"))).toList();
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

}

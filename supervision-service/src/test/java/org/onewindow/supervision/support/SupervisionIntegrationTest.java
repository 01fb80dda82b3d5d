package org.onewindow.supervision.support;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.onewindow.platform.test.MutableClock;
import org.onewindow.contracts.Stream;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.Outcome;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.messaging.TopicNames;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;


/**
 * One Spring context for every integration test of the service (real PostgreSQL and Kafka): the scheduled
 * escalation is off and the clock is a {@link MutableClock}, so tests drive the scan themselves.
 */
@OneWindowTest(properties = "onewindow.supervision.escalation.enabled=false")
@AutoConfigureMockMvc
@Import(SupervisionIntegrationTest.TestClock.class)
public abstract class SupervisionIntegrationTest {

    protected static final Duration WAIT = Duration.ofSeconds(30);
    protected static final String DEPARTMENT = "MARKET";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(ChinaTime.ZONE);
        }
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected TopicNames topics;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected MutableClock clock;

    protected static String newCaseNumber(String label) {
        return "C01-" + label + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected static DecisionMade approval(String caseNumber, List<String> participants) {
        return approval(caseNumber, participants, DEPARTMENT);
    }

    protected static DecisionMade approval(String caseNumber, List<String> participants, String department) {
        return new DecisionMade(caseNumber, "ITEM-FOOD", 3, "食品经营许可", Outcome.APPROVED, "JY-" + caseNumber,
                OffsetDateTime.now().toLocalDate(), null, List.of(), OffsetDateTime.now(), "MARKET-APPROVAL",
                department, "张三", "1101**********001X", participants, "applicant-1");
    }

    protected static DecisionMade rejection(String caseNumber) {
        return new DecisionMade(caseNumber, "ITEM-FOOD", 3, "食品经营许可", Outcome.REJECTED, null, null, null,
                List.of("经营场所不符合要求"), OffsetDateTime.now(), "MARKET-APPROVAL", DEPARTMENT, "李四",
                "1101**********002X", List.of("rev-1", "chk-1"), "applicant-2");
    }

    protected String reviewTopic() {
        return topics.topic(Stream.REVIEW_CASES);
    }

    protected String recordsTopic() {
        return topics.topic(Stream.SUPERVISION_RECORDS);
    }

    /** Sends the decision as review would, with CloudEvents headers; returns the ce_id. */
    protected String sendDecision(DecisionMade decision, String ceId) {
        return KafkaTestSupport.publish(reviewTopic(), decision, ceId);
    }

    protected String sendDecision(DecisionMade decision) {
        return sendDecision(decision, UUID.randomUUID().toString());
    }

    protected long recordCount(String caseNumber) {
        return jdbc.sql("select count(*) from supervision_records where case_number = ?").param(caseNumber)
                .query(Long.class).single();
    }

    protected long decisionsSeen(String caseNumber) {
        return jdbc.sql("select count(*) from decisions_seen where case_number = ?").param(caseNumber)
                .query(Long.class).single();
    }

    /** Sends an approval for {@link #DEPARTMENT} and waits until its record exists; returns the record id. */
    protected String pushedRecord(String caseNumber, List<String> participants) {
        return pushedRecord(approval(caseNumber, participants));
    }

    /** Sends the approval and waits until its record exists; returns the record id. */
    protected String pushedRecord(DecisionMade approval) {
        String caseNumber = approval.caseNumber();
        sendDecision(approval);
        await().atMost(WAIT).until(() -> recordCount(caseNumber) == 1);
        return jdbc.sql("select id::text from supervision_records where case_number = ?").param(caseNumber)
                .query(String.class).single();
    }

    /** A record pushed to {@link #DEPARTMENT} and claimed by its supervisor {@code sup-1}; returns the record id. */
    protected String claimedRecord(String caseNumber) throws Exception {
        return claimedRecord(caseNumber, DEPARTMENT, "sup-1");
    }

    /** A record pushed to {@code department} and claimed by {@code supervisor} of it; returns the record id. */
    protected String claimedRecord(String caseNumber, String department, String supervisor) throws Exception {
        String id = pushedRecord(approval(caseNumber, List.of(), department));
        mvc.perform(post("/api/supervision/v1/records/" + id + "/claim")
                        .header("Authorization", bearer(supervisor, "SUPERVISOR", department)))
                .andExpect(status().isOk());
        return id;
    }

    protected static String bearer(String userId, String role, String department) {
        return TestTokens.bearer(userId, Set.of(role), department, "C01");
    }

    protected static String supervisor(String userId) {
        return bearer(userId, "SUPERVISOR", DEPARTMENT);
    }

    protected static String monitor() {
        return bearer("monitor-1", "MONITOR", null);
    }

    protected static <T> T read(String json, String path) {
        return JsonPath.read(json, path);
    }
}

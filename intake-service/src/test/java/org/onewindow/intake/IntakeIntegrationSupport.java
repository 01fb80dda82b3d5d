package org.onewindow.intake;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.catalog.CentreLevel;
import org.onewindow.contracts.catalog.ItemVersionChanged.Material;
import org.onewindow.contracts.catalog.RouteMode;
import org.onewindow.contracts.catalog.ServiceCentreChanged;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.Outcome;
import org.onewindow.contracts.review.ReviewCaseOpened;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.messaging.TopicNames;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shared set-up of intake's integration tests (each subclass keeps its own {@code @OneWindowTest}, so contexts are
 * cached as before): catalog's centre and item published into the replica, window submissions by the centre's
 * clerk, review's events sent as review would send them, and the reads the tests check with.
 */
public abstract class IntakeIntegrationSupport {

    /** How long to wait for what Kafka carries: consumers, relays and the shared broker are all asynchronous. */
    protected static final Duration WAIT = Duration.ofSeconds(30);
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final String CENTRE = "C-CITY-01";
    protected static final String VALID_ID = ApplicationBody.VALID_ID;
    protected static final String APPLICATIONS = "/api/intake/v1/applications";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected TopicNames topics;

    @Autowired
    protected JdbcClient jdbc;

    /** The window clerk of {@link #CENTRE}. */
    protected static String clerk() {
        return TestTokens.bearer("clerk-1", Set.of("WINDOW_CLERK"), null, CENTRE);
    }

    protected static String applicant(String user) {
        return TestTokens.bearer(user, Set.of("APPLICANT"), null, null);
    }

    /** Publishes on this context's topic of the event's stream under a new event id, as the producer would. */
    protected void send(DomainEvent event) {
        send(UUID.randomUUID().toString(), event);
    }

    /** Publishes under the event id {@code id}: the same id twice is a redelivery. */
    protected void send(String id, DomainEvent event) {
        KafkaTestSupport.publish(topics.topicOf(event.getClass()), event, id);
    }

    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    protected String statusOf(String caseNumber) {
        return jdbc.sql("SELECT status FROM application WHERE case_number = ?").param(caseNumber).query(String.class)
                .single();
    }

    protected void awaitStatus(String caseNumber, String status) {
        await().atMost(WAIT).until(() -> status.equals(statusOf(caseNumber)));
    }

    /**
     * As catalog would publish them: {@link #CENTRE} and the food licence item {@code itemCode} with these
     * materials, once per context (the replica is the context's database).
     */
    protected void catalogPublished(String itemCode, int version, Material... materials) {
        if (count("SELECT count(*) FROM catalog_item WHERE item_code = ?", itemCode) > 0) {
            return;
        }
        send(new ServiceCentreChanged(CENTRE, "市民中心", CentreLevel.CITY, null, true, OffsetDateTime.now()));
        send(CatalogEvents.foodLicence(itemCode, version, "食品经营许可", List.of(), materials));
        await().atMost(Duration.ofSeconds(60)).until(() ->
                count("SELECT count(*) FROM catalog_item WHERE item_code = ?", itemCode) > 0
                        && count("SELECT count(*) FROM service_centre WHERE code = ?", CENTRE) > 0);
    }

    /** The body of an answer, read as JSON. */
    protected static JsonNode json(ResultActions answer) throws Exception {
        return JSON.readTree(answer.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** Submits at the window as {@link #clerk()}. */
    protected ResultActions submit(ApplicationBody body) throws Exception {
        return mvc.perform(post(APPLICATIONS).header("Authorization", clerk()).contentType(MediaType.APPLICATION_JSON)
                .content(body.json()));
    }

    /** Submits at the window and answers the created application (its {@code application} and {@code queryCode}). */
    protected JsonNode submitted(ApplicationBody body) throws Exception {
        return json(submit(body).andExpect(status().isCreated()));
    }

    protected static String caseNumberOf(JsonNode created) {
        return created.get("application").get("caseNumber").asString();
    }

    /** Review opened the case with one MARKET task (does not wait). */
    protected void reviewOpened(String caseNumber, String itemCode, LocalDate promised, LocalDate statutory) {
        send(new ReviewCaseOpened(caseNumber, itemCode, RouteMode.PARALLEL,
                List.of(new ReviewCaseOpened.Task(UUID.randomUUID(), "MARKET", 1)), promised, statutory,
                OffsetDateTime.now()));
    }

    /** Review opened the case and approved it today, the licence due by {@code dueBy}; returns once it is DECIDED. */
    protected void reviewedAndApproved(String caseNumber, String itemCode, int itemVersion, String licenceNumber,
                                       String applicantUserId, LocalDate dueBy) {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        reviewOpened(caseNumber, itemCode, today.plusDays(14), today.plusDays(28));
        send(new DecisionMade(caseNumber, itemCode, itemVersion, "食品经营许可", Outcome.APPROVED, licenceNumber, today,
                today.plusYears(5), List.of(), OffsetDateTime.now(), "MARKET", "MARKET-SUPERVISION", "张三",
                "110***********002X", List.of("r-1", "c-1"), applicantUserId, dueBy, false));
        awaitStatus(caseNumber, "DECIDED");
    }
}

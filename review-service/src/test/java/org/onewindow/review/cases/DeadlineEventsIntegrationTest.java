package org.onewindow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.contracts.catalog.Channel;
import org.onewindow.contracts.catalog.ItemVersionChanged;
import org.onewindow.contracts.catalog.Route;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.review.DeadlineExtended;
import org.onewindow.contracts.review.DeadlinesRecomputed;
import org.onewindow.contracts.review.ProcedurePaused;
import org.onewindow.contracts.review.ProcedureResumed;
import org.onewindow.platform.calendar.MissingCalendarYears;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;

/**
 * Issue 10 over REST and Kafka, in the shared context: provisional deadlines recomputed when 2027 is published,
 * extensions and special procedures published for intake, joint handling from the catalog's item version, the
 * supplement limit, and an event type the consumer does not know skipped, not dead-lettered.
 */
class DeadlineEventsIntegrationTest extends ReviewIntegrationSupport {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MissingCalendarYears missingYears;

    private String acceptCase(ApplicationAccepted accepted) {
        KafkaTestSupport.publish(topics.topicOf(ApplicationAccepted.class), accepted);
        awaitCase(accepted.caseNumber());
        return accepted.caseNumber();
    }

    private static ApplicationAccepted accepted(String caseNumber, String itemCode, int version, LocalDate on,
                                                int promised, int statutory, String... departments) {
        ApplicationAccepted t = acceptedOn(on, caseNumber, departments);
        return new ApplicationAccepted(caseNumber, itemCode, version, t.itemName(), t.centreCode(), t.channel(),
                t.applicant(), null, "clerk-1", t.acceptedAt(), on, false, List.of(), false, promised, statutory,
                t.route(), departments[0], "MARKET-SUPERVISION");
    }

    private ResultActions postJson(String path, String token, String body) throws Exception {
        return mvc.perform(post(path).header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /**
     * The example moved to 2029/2030, years no other test of the shared context publishes (2027 is another
     * test's, with its own content): 20 working days from Tue 2029-12-04 reach 2030-01-01 (元旦), counted Monday to
     * Friday while neither year is published; 2029 alone leaves it provisional, 2030 moves it to 2030-01-02.
     */
    @Test
    void a_deadline_on_new_years_day_is_provisional_until_the_catalog_publishes_its_year_then_recomputed() throws Exception {
        String caseNumber = acceptCase(accepted(newCaseNumber(), "330100-SP-001", 3, LocalDate.of(2029, 12, 4), 20,
                20, "MARKET"));

        JsonNode before = caseJson(caseNumber);
        assertThat(before.get("deadlines").get("statutory").asString()).isEqualTo("2030-01-01");
        assertThat(before.get("deadlines").get("provisional").asBoolean()).isTrue();
        assertThat(before.get("tasks").get(0).get("deadlineProvisional").asBoolean()).isTrue();
        assertThat(before.get("provisionalYears").toString()).isEqualTo("[2029,2030]");
        assertThat(awaitEvent(caseNumber, org.onewindow.contracts.review.ReviewCaseOpened.class)
                .get("provisional").asBoolean()).isTrue();
        assertThat(missingYears.missing()).contains(2029, 2030);

        KafkaTestSupport.publish(topics.topicOf(CalendarPublished.class), new CalendarPublished(2029, 1,
                List.of(LocalDate.of(2029, 10, 1)), List.of(), OffsetDateTime.now(SHANGHAI)));
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(caseJson(caseNumber).get("provisionalYears").toString()).isEqualTo("[2030]"));
        assertThat(caseJson(caseNumber).get("deadlines").get("provisional").asBoolean()).isTrue();

        KafkaTestSupport.publish(topics.topicOf(CalendarPublished.class), new CalendarPublished(2030, 1,
                List.of(LocalDate.of(2030, 1, 1)), List.of(), OffsetDateTime.now(SHANGHAI)));

        await().atMost(WAIT).untilAsserted(() ->
                assertThat(caseJson(caseNumber).get("deadlines").get("statutory").asString()).isEqualTo("2030-01-02"));
        JsonNode after = caseJson(caseNumber);
        assertThat(after.get("deadlines").get("provisional").asBoolean()).isFalse();
        assertThat(after.get("tasks").get(0).get("deadline").asString()).isEqualTo("2030-01-02");
        assertThat(after.get("audit").toString()).contains("DEADLINES_RECOMPUTED");
        JsonNode recomputed = awaitEvent(caseNumber, DeadlinesRecomputed.class);
        assertThat(recomputed.get("calendarYear").asInt()).isEqualTo(2030);
        assertThat(recomputed.get("statutoryDeadline").asString()).isEqualTo("2030-01-02");
        assertThat(recomputed.get("provisional").asBoolean()).isFalse();
        assertThat(missingYears.missing()).doesNotContain(2029, 2030);
    }

    @Test
    void special_procedures_and_extensions_are_published_for_the_applicant_with_reason_and_legal_basis() throws Exception {
        String caseNumber = acceptCase(accepted(newCaseNumber(), "330100-SP-001", 3, LocalDate.now(SHANGHAI), 10, 20,
                "MARKET"));

        String created = postJson("/api/review/v1/cases/" + caseNumber + "/pauses", reviewer("r-m", "MARKET"),
                "{\"kind\":\"APPRAISAL\",\"reason\":\"委托司法鉴定\",\"expectedWorkingDays\":3}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.pause.expectedWorkingDays").value(3))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String pauseId = JSON.readTree(created).get("pause").get("pauseId").asString();
        JsonNode paused = awaitEvent(caseNumber, ProcedurePaused.class);
        assertThat(paused.get("kind").asString()).isEqualTo("APPRAISAL");
        assertThat(paused.get("reason").asString()).isEqualTo("委托司法鉴定");
        assertThat(paused.get("legalBasis").asString()).contains("第四十五条");
        assertThat(paused.get("expectedWorkingDays").asInt()).isEqualTo(3);

        mvc.perform(post("/api/review/v1/cases/" + caseNumber + "/pauses/" + pauseId + "/end")
                .header("Authorization", checker("k-m", "MARKET"))).andExpect(status().isOk());
        JsonNode resumed = awaitEvent(caseNumber, ProcedureResumed.class);
        assertThat(resumed.get("pauseId").asString()).isEqualTo(pauseId);
        assertThat(resumed.get("statutoryDeadline").asString())
                .isEqualTo(caseJson(caseNumber).get("deadlines").get("statutory").asString());

        postJson("/api/review/v1/cases/" + caseNumber + "/extensions", checker("k-m", "MARKET"),
                "{\"workingDays\":10,\"reason\":\"需组织现场核查\"}").andExpect(status().isCreated());
        JsonNode extended = awaitEvent(caseNumber, DeadlineExtended.class);
        assertThat(extended.get("reason").asString()).isEqualTo("需组织现场核查");
        assertThat(extended.get("legalBasis").asString()).contains("第四十二条");
        assertThat(extended.get("approvedRole").asString()).isEqualTo("CHECKER");
        assertThat(extended.get("statutoryDeadline").asString())
                .isEqualTo(caseJson(caseNumber).get("deadlines").get("statutory").asString());
    }

    @Test
    void a_jointly_handled_item_version_is_extended_by_15_days_by_the_government_head_only() throws Exception {
        String itemCode = "330100-JOINT-" + CASES.incrementAndGet();
        KafkaTestSupport.publish(topics.topicOf(ItemVersionChanged.class), jointItem(itemCode));
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT count(*) FROM item_handling WHERE item_code = ?")
                .param(itemCode).query(Long.class).single() == 1);
        String caseNumber = acceptCase(accepted(newCaseNumber(), itemCode, 1, LocalDate.now(SHANGHAI), 20, 45,
                "MARKET", "HEALTH"));
        String body = "{\"workingDays\":15,\"reason\":\"联合踏勘\"}";

        assertThat(caseJson(caseNumber).get("jointHandling").asString()).isEqualTo("JOINT");
        postJson("/api/review/v1/cases/" + caseNumber + "/extensions", checker("k-m", "MARKET"), body)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", containsString("review.role-required")));
        postJson("/api/review/v1/cases/" + caseNumber + "/extensions",
                TestTokens.bearer("gov-1", Set.of("GOVERNMENT_HEAD"), null, "3301"), body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.extension.role").value("GOVERNMENT_HEAD"));
        assertThat(awaitEvent(caseNumber, DeadlineExtended.class).get("approvedRole").asString())
                .isEqualTo("GOVERNMENT_HEAD");
    }

    @Test
    void a_second_supplement_request_of_a_task_needs_a_checker() throws Exception {
        String caseNumber = openCase("MARKET");
        String taskId = taskOf(caseNumber, "MARKET");
        String body = "{\"taskId\":\"" + taskId + "\",\"materials\":[{\"code\":\"M03\",\"name\":\"平面图\"}]}";
        String path = "/api/review/v1/cases/" + caseNumber + "/supplement-requests";

        postJson(path, reviewer("r-m", "MARKET"), body).andExpect(status().isCreated());
        postJson(path, reviewer("r-m", "MARKET"), body)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", containsString("review.supplement-limit")))
                .andExpect(jsonPath("$.detail", containsString("at most 1")));
    }

    @Test
    void an_event_type_the_consumer_does_not_know_is_skipped_not_dead_lettered() {
        String unknownCase = newCaseNumber();
        // a newer producer's event on a topic review consumes: review has no handler for it
        String ceId = KafkaTestSupport.publish(topics.topicOf(ApplicationAccepted.class), new DeadlineExtended(
                unknownCase, "330100-SP-001", 10, "r", "《中华人民共和国行政许可法》第四十二条", "k", "CHECKER",
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15), false, null, OffsetDateTime.now(SHANGHAI)));
        String after = openCase("MARKET"); // the next record on the topic is handled

        assertThat(after).isNotBlank();
        assertThat(jdbc.sql("SELECT count(*) FROM dead_letter WHERE event_id = ?").param(ceId).query(Long.class)
                .single()).isZero();
    }

    private static ItemVersionChanged jointItem(String itemCode) {
        return new ItemVersionChanged(itemCode, 1, "000901", itemCode + "-01", "建设项目联合审批",
                ItemVersionChanged.ItemType.ADMINISTRATIVE_LICENSING, "《中华人民共和国行政许可法》第二十六条",
                "MARKET", "MARKET-XKK", "MARKET-SUPERVISION", List.of(), List.of(),
                List.of(new ItemVersionChanged.Material("M01", "申请书", true, 1, 0, false, null)), 20, 45, false,
                List.of(new ItemVersionChanged.Fee("工本费", BigDecimal.ZERO, "无")),
                new Route(org.onewindow.contracts.catalog.RouteMode.PARALLEL, true, List.of("MARKET", "HEALTH")),
                List.of(Channel.WINDOW), ItemVersionChanged.ResultType.LICENCE, 1,
                ItemVersionChanged.ItemStatus.PUBLISHED, LocalDate.of(2026, 1, 1), null, OffsetDateTime.now(SHANGHAI),
                "catalog-admin", "联合办理", ItemVersionChanged.JointHandling.JOINT, null);
    }
}

package org.onewindow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.review.cases.application.ReviewCaseService;
import org.onewindow.contracts.EventSchemas;
import org.onewindow.contracts.Stream;
import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.contracts.catalog.Route;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.SupplementReceived;
import org.onewindow.contracts.review.DeadlineWarning;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.platform.clock.OfficialCalendars;
import org.onewindow.platform.clock.WorkingDays;
import org.onewindow.platform.messaging.DeadLettersEndpoint;
import org.onewindow.platform.test.BlockedBy;
import org.onewindow.platform.test.KafkaTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.http.MediaType;

/** What flows back into review: supplements (补正), licence actions (invariant 5), the catalog's calendar; and warnings out. */
class ReviewConsumersIntegrationTest extends ReviewIntegrationSupport {

    @Autowired
    ReviewCaseService service;
    @Autowired
    DeadLettersEndpoint deadLetters;

    @Test
    void given_a_supplement_request_when_intake_reports_it_received_then_the_clock_resumes_and_the_deadline_moves_by_the_paused_working_days()
            throws Exception {
        // accepted today, so the pause falls before the promised deadline (a pause after it would not move it)
        LocalDate acceptedOn = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String caseNumber = newCaseNumber();
        KafkaTestSupport.publish(topics.topicOf(ApplicationAccepted.class), acceptedOn(acceptedOn, caseNumber, "MARKET"));
        awaitCase(caseNumber);
        String taskId = taskOf(caseNumber, "MARKET");
        String created = mvc.perform(post("/api/review/v1/cases/" + caseNumber + "/supplement-requests")
                        .header("Authorization", reviewer("r-m", "MARKET")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"taskId\":\"" + taskId + "\",\"materials\":[{\"code\":\"M01\",\"name\":\"营业执照\"}]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        UUID requestId = UUID.fromString(JSON.readTree(created).get("requestId").asString());
        LocalDate pausedOn = LocalDate.parse(caseJson(caseNumber).get("pauses").get(0).get("pausedOn").asString());
        LocalDate receivedOn = pausedOn.plusDays(7);

        KafkaTestSupport.publish(topics.topicOf(SupplementReceived.class),
                new SupplementReceived(caseNumber, requestId, List.of(new SupplementReceived.SuppliedMaterial("M01", "营业执照")),
                        "clerk-1", receivedOn.atTime(10, 0).atOffset(ZoneOffset.ofHours(8))));

        await().atMost(WAIT).until(() -> !caseJson(caseNumber).get("paused").asBoolean());
        WorkingDays calendar = WorkingDays.on(OfficialCalendars.china());
        int lost = calendar.workingDaysBetween(pausedOn, receivedOn);
        assertThat(lost).isPositive();
        assertThat(caseJson(caseNumber).get("deadlines").get("promised").asString())
                .isEqualTo(calendar.deadline(calendar.deadline(acceptedOn, 10), lost).toString());
        assertThat(caseJson(caseNumber).get("pauses").get(0).get("workingDaysLost").asInt()).isEqualTo(lost);
    }

    @Test
    void a_dead_lettered_event_shows_on_its_case_until_an_operator_discards_it() throws Exception {
        String caseNumber = openCase("MARKET");
        assertThat(caseJson(caseNumber).get("blockedBy").isEmpty()).isTrue();

        String badId = UUID.randomUUID().toString();
        KafkaTestSupport.send(topics.topicOf(LicenceActionTaken.class), caseNumber,
                KafkaTestSupport.cloudEventHeaders(badId, LicenceActionTaken.class, caseNumber), "{\"caseNumber\": [not json");

        await().atMost(WAIT).until(() -> caseJson(caseNumber).get("blockedBy").size() == 1);
        BlockedBy.assertOneUnreadable(caseJson(caseNumber), badId, LicenceActionTaken.class);

        long id = deadLetters.group("review").blocking().stream()
                .filter(letter -> caseNumber.equals(letter.key())).findFirst().orElseThrow().id();
        deadLetters.discard("review", id, "the action was re-sent by supervision (test)", SecurityContext.NONE);
        assertThat(caseJson(caseNumber).get("blockedBy").isEmpty()).isTrue();
    }

    @Test
    void a_suspension_and_then_a_revocation_by_supervision_show_on_the_case() throws Exception {
        String caseNumber = openCase("MARKET");
        String licence = approve(caseNumber, "MARKET");

        KafkaTestSupport.publish(topics.topicOf(LicenceActionTaken.class),
                new LicenceActionTaken(UUID.randomUUID(), caseNumber, licence, LicenceActionTaken.Action.SUSPEND, "整改期间暂停",
                        "supervisor-1", OffsetDateTime.now()));
        await().atMost(WAIT).until(() ->
                "SUSPENDED".equals(caseJson(caseNumber).get("decision").get("licence").get("status").asString()));
        KafkaTestSupport.publish(topics.topicOf(LicenceActionTaken.class),
                new LicenceActionTaken(UUID.randomUUID(), caseNumber, licence, LicenceActionTaken.Action.REVOKE, "逾期未整改",
                        "supervisor-1", OffsetDateTime.now()));

        await().atMost(WAIT).until(() ->
                "REVOKED".equals(caseJson(caseNumber).get("decision").get("licence").get("status").asString()));
    }

    @Test
    void deadlines_count_on_the_calendar_the_catalog_published() throws Exception {
        // a made-up 2027 calendar (not shipped in platform-clock): 8–12 Feb off, Sat 6 Feb worked
        KafkaTestSupport.publish(topics.topicOf(CalendarPublished.class),
                new CalendarPublished(2027, 1, List.of(LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9),
                        LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11), LocalDate.of(2027, 2, 12)),
                        List.of(LocalDate.of(2027, 2, 6)), OffsetDateTime.now()));
        await().atMost(WAIT).until(() ->
                jdbc.sql("SELECT count(*) FROM platform_calendar_year WHERE year = 2027").query(Long.class).single() == 1);
        String caseNumber = newCaseNumber();
        ApplicationAccepted template = accepted(caseNumber, "MARKET");

        KafkaTestSupport.publish(topics.topicOf(ApplicationAccepted.class),
                new ApplicationAccepted(caseNumber, template.itemCode(), 3, template.itemName(),
                        "3301", template.channel(), template.applicant(), null, "clerk-1",
                        OffsetDateTime.parse("2027-02-05T10:00:00+08:00"), LocalDate.of(2027, 2, 5), false, List.of(), false, 2, 20,
                        new Route(org.onewindow.contracts.catalog.RouteMode.SERIAL, false, List.of("MARKET")), "MARKET", "MARKET"));
        awaitCase(caseNumber);

        // Sat 6 Feb (adjusted workday) is day 1; 8–12 Feb holidays; Mon 15 Feb is day 2 (weekdays only would give 9 Feb)
        assertThat(caseJson(caseNumber).get("deadlines").get("promised").asString()).isEqualTo("2027-02-15");
    }

    @Test
    void an_overdue_case_raises_red_once_and_the_warning_matches_its_schema() throws Exception {
        String caseNumber = openCase("MARKET"); // accepted 2 Mar 2026, promised 16 Mar 2026: long past

        int first = service.raiseWarnings(CaseNumber.of(caseNumber));
        int second = service.raiseWarnings(CaseNumber.of(caseNumber));

        assertThat(first).isEqualTo(2); // the case, and its one parallel task whose step deadline is the case's
        assertThat(second).isZero();
        assertThat(caseJson(caseNumber).get("raisedWarnings").toString()).contains("RED");
        assertThat(caseJson(caseNumber).get("overdue").asBoolean()).isTrue();
        assertThat(caseJson(caseNumber).get("tasks").get(0).get("raisedWarnings").toString()).contains("RED");
        List<ConsumerRecord<String, String>> warnings = KafkaTestSupport.awaitEvents(topics.topic(Stream.REVIEW_CASES),
                caseNumber, DeadlineWarning.class, 2, WAIT);
        assertThat(warnings).hasSize(2);
        for (ConsumerRecord<String, String> warning : warnings) {
            assertThat(EventSchemas.validate(DeadlineWarning.class, warning.value())).isEmpty();
            assertThat(JSON.readTree(warning.value()).get("level").asString()).isEqualTo("RED");
        }
        assertThat(warnings).extracting(w -> JSON.readTree(w.value()).get("scope").asString())
                .containsExactlyInAnyOrder("CASE", "STEP");
    }

    @Test
    void once_a_deputy_is_named_only_the_deputy_may_review() throws Exception {
        String caseNumber = openCase("MARKET");
        String taskId = taskOf(caseNumber, "MARKET");

        mvc.perform(post("/api/review/v1/tasks/" + taskId + "/deputy").header("Authorization", reviewer("reviewer.market", "MARKET"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"deputyUserId\":\"reviewer2.market\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deputyUserId").value("reviewer2.market"));

        opinion(taskId, reviewer("someone-else", "MARKET"), "REVIEW", "APPROVE", null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", containsString("review.assigned-to-deputy")));
        opinion(taskId, reviewer("reviewer2.market", "MARKET"), "REVIEW", "APPROVE", null).andExpect(status().isCreated());
        assertThat(caseJson(caseNumber).get("audit").toString()).contains("DEPUTY_ASSIGNED", "reviewer.market");
    }
}

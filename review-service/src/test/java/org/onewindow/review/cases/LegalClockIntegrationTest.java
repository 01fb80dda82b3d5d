package org.onewindow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.review.cases.application.ReviewCaseService;
import org.onewindow.review.cases.application.ReviewCases;
import org.onewindow.review.cases.domain.DepartmentTask;
import org.onewindow.review.cases.domain.PauseKind;
import org.onewindow.review.cases.domain.ReviewCase;
import org.onewindow.contracts.catalog.Route;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.review.DeadlineWarning;
import org.onewindow.platform.calendar.CalendarReplica;
import org.onewindow.platform.clock.WorkingDays;
import org.onewindow.platform.test.KafkaTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** Statutory extensions (延期), special procedures (特别程序) and step warnings over REST and Kafka, in the shared context. */
class LegalClockIntegrationTest extends ReviewIntegrationSupport {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    CalendarReplica calendar;

    @Autowired
    ReviewCaseService service;

    @Autowired
    ReviewCases cases;

    @Autowired
    TransactionTemplate transactions;

    /** A case accepted today, so its statutory deadline is still ahead. */
    private String caseAcceptedToday(String... departments) {
        String caseNumber = newCaseNumber();
        KafkaTestSupport.publish(topics.topicOf(ApplicationAccepted.class),
                acceptedOn(LocalDate.now(SHANGHAI), caseNumber, departments));
        awaitCase(caseNumber);
        return caseNumber;
    }

    private ResultActions extend(String caseNumber, String token, int workingDays) throws Exception {
        return mvc.perform(post("/api/review/v1/cases/" + caseNumber + "/extensions").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"workingDays\":" + workingDays + ",\"reason\":\"需组织现场核查\"}"));
    }

    private ResultActions pause(String caseNumber, String token, String kind) throws Exception {
        return mvc.perform(post("/api/review/v1/cases/" + caseNumber + "/pauses").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"" + kind + "\",\"reason\":\"申请人要求听证\"}"));
    }

    private ResultActions endPause(String caseNumber, String pauseId, String token) throws Exception {
        return mvc.perform(post("/api/review/v1/cases/" + caseNumber + "/pauses/" + pauseId + "/end").header("Authorization", token));
    }

    @Test
    void the_implementing_departments_checker_extends_the_statutory_limit_once_by_at_most_ten_working_days() throws Exception {
        String caseNumber = caseAcceptedToday("MARKET");
        JsonNode before = caseJson(caseNumber).get("deadlines");
        LocalDate statutoryBefore = LocalDate.parse(before.get("statutory").asString());

        extend(caseNumber, reviewer("r-m", "MARKET"), 10)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", containsString("review.role-required")));
        extend(caseNumber, checker("k-h", "HEALTH"), 10)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", containsString("review.wrong-department")));
        extend(caseNumber, checker("k-m", "MARKET"), 11)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("workingDays"))
                .andExpect(jsonPath("$.type", containsString("review.extension-limit")));
        LocalDate expected = calendar.workingDays().deadline(statutoryBefore, 10);
        extend(caseNumber, checker("k-m", "MARKET"), 10)
                .andExpect(status().isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Location", endsWith("/api/review/v1/cases/" + caseNumber)))
                .andExpect(jsonPath("$.deadlines.statutory").value(expected.toString()));
        extend(caseNumber, checker("k-m", "MARKET"), 5)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", containsString("review.already-extended")));

        JsonNode json = caseJson(caseNumber);
        assertThat(json.get("deadlines").get("statutory").asString()).isEqualTo(expected.toString());
        assertThat(json.get("deadlines").get("promised").asString()).isEqualTo(before.get("promised").asString());
        assertThat(json.get("extension").get("workingDays").asInt()).isEqualTo(10);
        assertThat(json.get("extension").get("approvedBy").asString()).isEqualTo("k-m");
        assertThat(json.get("audit").toString()).contains("STATUTORY_EXTENDED", "k-m");
        assertThat(jdbc.sql("SELECT count(*) FROM case_extension WHERE case_number = ?").param(caseNumber)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_stored_case_loads_back_whole_with_its_tasks_pause_and_extension() throws Exception {
        String caseNumber = caseAcceptedToday("MARKET", "HEALTH");
        extend(caseNumber, checker("k-m", "MARKET"), 3).andExpect(status().isCreated());
        pause(caseNumber, reviewer("r-m", "MARKET"), "HEARING").andExpect(status().isCreated());

        ReviewCase loaded = transactions.execute(status -> cases.findForUpdate(CaseNumber.of(caseNumber)).orElseThrow());
        assertThat(loaded.tasks()).extracting(DepartmentTask::department).containsExactly("MARKET", "HEALTH");
        assertThat(loaded.pauses()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PauseKind.HEARING);
            assertThat(p.pausedBy()).isEqualTo("r-m");
            assertThat(p.resumedOn()).isNull();
        });
        assertThat(loaded.extension().workingDays()).isEqualTo(3);
        assertThat(loaded.extension().approvedBy()).isEqualTo("k-m");
        assertThat(loaded.version()).isEqualTo(jdbc.sql("SELECT version FROM review_case WHERE case_number = ?")
                .param(caseNumber).query(Long.class).single());
        ReviewCase unlocked = cases.find(CaseNumber.of(caseNumber)).orElseThrow();
        assertThat(unlocked.tasks()).usingRecursiveFieldByFieldElementComparator().isEqualTo(loaded.tasks());
        assertThat(unlocked.pauses()).isEqualTo(loaded.pauses());
        assertThat(unlocked.extension()).isEqualTo(loaded.extension());
        assertThat(cases.find(CaseNumber.of(newCaseNumber()))).isEmpty();
    }

    @Test
    void a_hearing_pauses_the_clock_until_the_department_ends_it() throws Exception {
        String caseNumber = caseAcceptedToday("MARKET");
        String taskId = taskOf(caseNumber, "MARKET");
        String deadlinesBefore = caseJson(caseNumber).get("deadlines").toString();

        pause(caseNumber, reviewer("r-m", "MARKET"), "SUPPLEMENT")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        pause(caseNumber, reviewer("r-h", "HEALTH"), "HEARING")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", containsString("review.wrong-department")));
        String created = pause(caseNumber, reviewer("r-m", "MARKET"), "HEARING")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.pause.kind").value("HEARING"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String pauseId = JSON.readTree(created).get("pause").get("pauseId").asString();

        assertThat(caseJson(caseNumber).get("paused").asBoolean()).isTrue();
        opinion(taskId, reviewer("r-m", "MARKET"), "REVIEW", "APPROVE", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", containsString("review.case-paused")));
        pause(caseNumber, reviewer("r-m", "MARKET"), "TESTING")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", containsString("review.case-paused")));
        mvc.perform(get("/api/review/v1/cases/" + caseNumber + "/pauses/" + pauseId).header("Authorization", reviewer("r-m", "MARKET")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pause.pausedBy").value("r-m"));

        endPause(caseNumber, pauseId, checker("k-m", "MARKET"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pause.resumedOn").value(LocalDate.now(SHANGHAI).toString()))
                .andExpect(jsonPath("$.pause.workingDaysLost").value(0));
        endPause(caseNumber, pauseId, checker("k-m", "MARKET"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", containsString("review.pause-not-open")));

        JsonNode json = caseJson(caseNumber);
        assertThat(json.get("paused").asBoolean()).isFalse();
        assertThat(json.get("deadlines").toString()).isEqualTo(deadlinesBefore); // paused and resumed the same day: nothing lost
        assertThat(json.get("audit").toString()).contains("CLOCK_PAUSED", "CLOCK_RESUMED", "HEARING", "k-m");
        opinion(taskId, reviewer("r-m", "MARKET"), "REVIEW", "APPROVE", null).andExpect(status().isCreated());
    }

    @Test
    void a_late_serial_step_raises_a_step_warning_while_the_case_is_still_in_time() throws Exception {
        // promised 10 over two serial tasks: 5 working days each; accepted 7 working days ago
        WorkingDays days = calendar.workingDays();
        LocalDate today = LocalDate.now(SHANGHAI);
        LocalDate acceptedOn = today.minusDays(1);
        while (days.workingDaysBetween(acceptedOn, today) < 7) {
            acceptedOn = acceptedOn.minusDays(1);
        }
        String caseNumber = newCaseNumber();
        ApplicationAccepted template = accepted(caseNumber, "MARKET");
        KafkaTestSupport.publish(topics.topicOf(ApplicationAccepted.class),
                new ApplicationAccepted(caseNumber, template.itemCode(), 3, template.itemName(),
                        "3301", template.channel(), template.applicant(), null, "clerk-1",
                        acceptedOn.atTime(10, 0).atZone(SHANGHAI).toOffsetDateTime(), acceptedOn, false, List.of(), false, 10, 20,
                        new Route(org.onewindow.contracts.catalog.RouteMode.SERIAL, true, List.of("MARKET", "HEALTH")), "MARKET", "MARKET"));
        awaitCase(caseNumber);

        assertThat(service.raiseWarnings(CaseNumber.of(caseNumber))).isEqualTo(1);
        assertThat(service.raiseWarnings(CaseNumber.of(caseNumber))).isZero();

        JsonNode json = caseJson(caseNumber);
        assertThat(json.get("overdue").asBoolean()).isFalse();
        JsonNode first = json.get("tasks").get(0);
        assertThat(first.get("deadline").asString()).isEqualTo(days.deadline(acceptedOn, 5).toString());
        assertThat(first.get("overdue").asBoolean()).isTrue();
        assertThat(json.get("tasks").get(1).get("deadline").isNull()).isTrue();
        JsonNode event = awaitEvent(caseNumber, DeadlineWarning.class);
        assertThat(event.get("scope").asString()).isEqualTo("STEP");
        assertThat(event.get("level").asString()).isEqualTo("RED");
        assertThat(event.get("taskId").asString()).isEqualTo(first.get("taskId").asString());
        assertThat(event.get("department").asString()).isEqualTo("MARKET");
        assertThat(OffsetDateTime.parse(event.get("raisedAt").asString())).isNotNull();
    }
}

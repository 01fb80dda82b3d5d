package org.onewindow.intake.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onewindow.platform.test.KafkaTestSupport.header;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventSchemas;
import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.ResultDelivered;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.Outcome;
import org.onewindow.intake.ApplicationBody;
import org.onewindow.intake.CatalogEvents;
import org.onewindow.intake.IntakeIntegrationSupport;
import org.onewindow.platform.clock.CalendarYear;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.clock.OfficialCalendars;
import org.onewindow.platform.clock.WorkingDays;
import org.onewindow.platform.kernel.ResidentId;
import org.onewindow.platform.messaging.DeadLettersEndpoint;
import org.onewindow.platform.test.BlockedBy;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;

/** Intake on the real embedded PostgreSQL and Kafka: catalog events in, REST, intake events out, review events in. */
@OneWindowTest
@AutoConfigureMockMvc
class IntakeFlowIntegrationTest extends IntakeIntegrationSupport {

    private static final String ITEM = "330100-SP-001";
    private static final String BAD_ID = "11010519491231002" + (ResidentId.checkCharacter("11010519491231002") == '1' ? '2' : '1');

    @Autowired
    DeadLettersEndpoint deadLetters;

    @BeforeEach
    void catalogPublished() {
        catalogPublished(ITEM, 3, CatalogEvents.original("M1", "申请书"), CatalogEvents.copy("M2", "营业执照"));
    }

    /** For applicant-1, to be picked up at the window; complete (M1 and M2) or without M2. */
    private static ApplicationBody body(String idNumber, boolean complete) {
        ApplicationBody body = ApplicationBody.forItem(ITEM).idNumber(idNumber).provided("M1").pickedUpAtTheWindow()
                .forApplicant("applicant-1");
        return complete ? body.provided("M2") : body;
    }

    private ResultActions submit(ApplicationBody body, String idempotencyKey) throws Exception {
        var request = post(APPLICATIONS).header("Authorization", clerk())
                .contentType(MediaType.APPLICATION_JSON).content(body.json());
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return mvc.perform(request);
    }

    private List<ConsumerRecord<String, String>> intakeEvents(String caseNumber, Class<? extends DomainEvent> type) {
        return KafkaTestSupport.awaitEvents(topics.topicOf(type), caseNumber, type, 1, WAIT);
    }

    @Test
    void a_clerks_read_of_an_application_is_logged_for_monitor_and_the_applicants_own_read_is_not() throws Exception {
        String caseNumber = caseNumberOf(submitted(body(VALID_ID, true)));

        mvc.perform(get("/api/intake/v1/applications/{n}", caseNumber).header("Authorization", clerk())
                .header("X-Read-Purpose", "phone call about the pickup")).andExpect(status().isOk());
        mvc.perform(get("/api/intake/v1/applications/{n}", caseNumber)
                .header("Authorization", applicant("applicant-1")))
                .andExpect(status().isOk());

        String monitor = TestTokens.bearer("monitor-1", Set.of("MONITOR"), null, null);
        mvc.perform(get("/api/intake/v1/personal-data-reads").param("case", caseNumber).header("Authorization", monitor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].readerId").value("clerk-1"))
                .andExpect(jsonPath("$[0].readerCentre").value(CENTRE))
                .andExpect(jsonPath("$[0].purpose").value("intake.application.read"))
                .andExpect(jsonPath("$[0].fields[0]").value("agent.name"))
                .andExpect(jsonPath("$[0].statedPurpose").value("phone call about the pickup"));
        mvc.perform(get("/api/intake/v1/personal-data-reads").param("case", caseNumber).header("Authorization", clerk()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/intake/v1/audit-trail/verification").param("subject", caseNumber)
                        .header("Authorization", monitor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void a_complete_window_submission_is_accepted_and_application_accepted_is_published_with_the_id_masked() throws Exception {
        JsonNode created = submitted(body(VALID_ID, true));
        String caseNumber = created.get("application").get("caseNumber").asString();

        assertThat(caseNumber).matches("C-CITY-01-\\d{8}-\\d{6}");
        assertThat(created.get("application").get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(created.get("queryCode").asString()).hasSize(8);
        assertThat(created.toString()).doesNotContain(VALID_ID).doesNotContain("13812345678");

        ConsumerRecord<String, String> record = intakeEvents(caseNumber, ApplicationAccepted.class).getFirst();
        assertThat(EventSchemas.validate(ApplicationAccepted.class, record.value())).isEmpty();
        assertThat(record.value()).doesNotContain(VALID_ID);
        assertThat(header(record, "ce_id")).isNotBlank();
        assertThat(header(record, "ce_source")).isNotBlank();
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.get("applicant").get("maskedIdNumber").asString()).contains("*");
        assertThat(event.get("supervisingDepartment").asString()).isEqualTo("MARKET-SUPERVISION");
    }

    @Test
    void an_invalid_id_is_a_422_naming_applicant_id_number_and_nothing_is_written() throws Exception {
        long applications = count("SELECT count(*) FROM application");
        long outbox = count("SELECT count(*) FROM outbox");

        submit(body(BAD_ID, true), null).andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Content-Type", org.hamcrest.Matchers.containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("applicant.idNumber"))
                .andExpect(jsonPath("$.errors[0].rule").value("resident-id.check-character"));

        assertThat(count("SELECT count(*) FROM application")).isEqualTo(applications);
        assertThat(count("SELECT count(*) FROM outbox")).isEqualTo(outbox);
    }

    @Test
    void a_notice_is_due_on_the_calendar_the_catalog_published() throws Exception {
        LocalDate today = ChinaTime.today(Clock.systemUTC());
        WorkingDays official = WorkingDays.on(OfficialCalendars.china());
        // the catalog republishes the year of the next working day with that day closed (a local holiday)
        LocalDate closed = official.nextWorkingDay(today);
        int year = closed.getYear();
        Set<LocalDate> holidays = new TreeSet<>(OfficialCalendars.year(year).map(CalendarYear::holidays).orElse(Set.of()));
        holidays.add(closed);
        Set<LocalDate> workdays = new TreeSet<>(OfficialCalendars.year(year).map(CalendarYear::adjustedWorkdays).orElse(Set.of()));
        send(new CalendarPublished(year, 1000, List.copyOf(holidays), List.copyOf(workdays),
                OffsetDateTime.now()));
        await().atMost(WAIT).until(() ->
                count("SELECT count(*) FROM platform_calendar_year WHERE year = ? AND version = 1000", year) == 1);
        LocalDate dueOn = WorkingDays.on(OfficialCalendars.china().with(new CalendarYear(year, holidays, workdays, "test")))
                .deadline(today, 10);
        assertThat(dueOn).as("one working day later than on the official calendar").isAfter(official.deadline(today, 10));

        submit(body(VALID_ID, false), null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.application.status").value("NOTICE_ISSUED"))
                .andExpect(jsonPath("$.application.receipt.dueOn").value(dueOn.toString()));
    }

    @Test
    void an_incomplete_submission_gets_a_notice_and_the_same_idempotency_key_replays_the_same_case() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = submit(body(VALID_ID, false), key).andExpect(status().isCreated())
                .andExpect(jsonPath("$.application.status").value("NOTICE_ISSUED"))
                .andExpect(jsonPath("$.application.receipt.missing[0].materialCode").value("M2"))
                .andReturn().getResponse().getHeader("Location");
        String replay = submit(body(VALID_ID, false), key).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");

        assertThat(replay).isEqualTo(first);
        String caseNumber = first.substring(first.lastIndexOf('/') + 1);
        assertThat(count("SELECT count(*) FROM application WHERE applicant_user_id = 'applicant-1' AND case_number = ?", caseNumber))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_trail WHERE subject = ? AND action = 'SUBMITTED'", caseNumber)).isEqualTo(1);

        mvc.perform(post(first + "/supplements").header("Authorization", clerk()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"materials\":[{\"code\":\"M2\",\"provided\":true}]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        assertThat(intakeEvents(caseNumber, ApplicationAccepted.class)).hasSize(1);
    }

    @Test
    void a_decision_is_delivered_as_decided_once_even_when_redelivered_and_delivery_before_it_is_a_conflict() throws Exception {
        String caseNumber = caseNumberOf(submitted(body(VALID_ID, true)));
        String deliveries = "/api/intake/v1/applications/" + caseNumber + "/deliveries";
        mvc.perform(post(deliveries).header("Authorization", clerk()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict());

        DecisionMade decision = approval(caseNumber, "JY-2026-000777");
        String id = UUID.randomUUID().toString();
        send(id, decision);
        send(id, decision); // redelivery: same ce_id
        awaitStatus(caseNumber, "DECIDED");

        mvc.perform(post(deliveries).header("Authorization", clerk()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"collectedBy\":\"张三\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DELIVERED"));

        ConsumerRecord<String, String> record = intakeEvents(caseNumber, ResultDelivered.class).getFirst();
        assertThat(EventSchemas.validate(ResultDelivered.class, record.value())).isEmpty();
        ResultDelivered delivered = JSON.readValue(record.value(), ResultDelivered.class);
        assertThat(delivered.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(delivered.licenceNumber()).isEqualTo("JY-2026-000777");
        assertThat(count("SELECT count(*) FROM audit_trail WHERE subject = ? AND action = 'DECIDED'", caseNumber)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM inbox WHERE event_id = ?", id)).isEqualTo(1);
    }

    @Test
    void a_malformed_record_goes_to_the_dead_letter_topic_while_the_next_is_processed() throws Exception {
        String caseNumber = caseNumberOf(submitted(body(VALID_ID, true)));
        String badId = UUID.randomUUID().toString();
        KafkaTestSupport.sendMalformed(topics.topicOf(DecisionMade.class), badId, DecisionMade.class, caseNumber);
        send(new DecisionMade(caseNumber, ITEM, 3, "食品经营许可", Outcome.REJECTED, null, null, null,
                List.of("条件不符"), OffsetDateTime.now(), "MARKET", "MARKET-SUPERVISION", "张三", "110***********002X",
                List.of("r-1"), "applicant-1"));

        awaitStatus(caseNumber, "DECIDED");
        String dlt = topics.deadLetterTopic("intake");
        assertThat(KafkaTestSupport.awaitRecords(dlt, caseNumber, 1, WAIT)).extracting(r -> header(r, "ce_id"))
                .contains(badId);

        // the case shows what holds it up until an operator resolves it
        await().atMost(WAIT).until(() -> application(caseNumber).get("blockedBy").size() == 1);
        BlockedBy.assertOneUnreadable(application(caseNumber), badId, DecisionMade.class);
        long id = deadLetters.group("intake").blocking().stream()
                .filter(letter -> caseNumber.equals(letter.key())).findFirst().orElseThrow().id();
        deadLetters.discard("intake", id, "a test record, never a real decision", SecurityContext.NONE);
        assertThat(application(caseNumber).get("blockedBy").isEmpty()).isTrue();
    }

    private JsonNode application(String caseNumber) throws Exception {
        return json(mvc.perform(get(APPLICATIONS + "/" + caseNumber).header("Authorization", clerk()))
                .andExpect(status().isOk()));
    }

    @Test
    void public_tracking_needs_the_right_query_code_and_shows_no_personal_data() throws Exception {
        JsonNode created = submitted(body(VALID_ID, true));
        String caseNumber = created.get("application").get("caseNumber").asString();
        String code = created.get("queryCode").asString();

        String tracking = mvc.perform(get("/api/intake/v1/tracking/" + caseNumber).param("queryCode", code))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.itemName").value("食品经营许可"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tracking).doesNotContain("张三").doesNotContain(VALID_ID).doesNotContain("clerk-1");

        mvc.perform(get("/api/intake/v1/tracking/" + caseNumber).param("queryCode", "WRONG234")).andExpect(status().isNotFound());
        mvc.perform(get("/api/intake/v1/tracking/NO-SUCH-CASE").param("queryCode", code)).andExpect(status().isNotFound());
    }

    @Test
    void the_audit_trail_and_reads_are_for_staff_and_the_owner_only() throws Exception {
        String caseNumber = caseNumberOf(submitted(body(VALID_ID, true)));
        String path = "/api/intake/v1/applications/" + caseNumber;

        mvc.perform(get(path + "/history").header("Authorization", clerk())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("SUBMITTED")).andExpect(jsonPath("$[0].actorRole").value("WINDOW_CLERK"));
        mvc.perform(get(path).header("Authorization", applicant("applicant-1")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.applicant.maskedIdNumber").value(org.hamcrest.Matchers.containsString("*")));
        mvc.perform(get(path).header("Authorization", applicant("someone-else")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/intake/v1/applications").param("centre", CENTRE).header("Authorization", clerk()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(org.hamcrest.Matchers.greaterThan(0)));
    }

    /** The ETag a clerk's GET of the application answers. */
    private String etagOf(String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", clerk())).andExpect(status().isOk()).andReturn().getResponse()
                .getHeader("ETag");
    }

    /** Review's approval of applicant-1's case, valid five years from today. */
    private static DecisionMade approval(String caseNumber, String licenceNumber) {
        return new DecisionMade(caseNumber, ITEM, 3, "食品经营许可", Outcome.APPROVED, licenceNumber,
                LocalDate.now(), LocalDate.now().plusYears(5), List.of(), OffsetDateTime.now(), "MARKET", "MARKET-SUPERVISION",
                "张三", "110***********002X", List.of("r-1", "c-1"), "applicant-1");
    }

    private void decide(String caseNumber) {
        send(approval(caseNumber, "JY-2026-000888"));
        awaitStatus(caseNumber, "DECIDED");
    }

    @Test
    void a_delivery_with_a_stale_if_match_is_a_412_and_with_the_current_etag_it_delivers() throws Exception {
        String caseNumber = caseNumberOf(submitted(body(VALID_ID, true)));
        String path = "/api/intake/v1/applications/" + caseNumber;
        String seenBeforeTheDecision = etagOf(path);
        decide(caseNumber);
        String current = etagOf(path);
        assertThat(current).isNotEqualTo(seenBeforeTheDecision);

        mvc.perform(post(path + "/deliveries").header("Authorization", clerk()).header("If-Match", seenBeforeTheDecision)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isPreconditionFailed());
        assertThat(count("SELECT count(*) FROM application WHERE case_number = ? AND status = 'DECIDED'", caseNumber)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_trail WHERE subject = ? AND action = 'DELIVERED'", caseNumber)).isZero();

        String etag = mvc.perform(post(path + "/deliveries").header("Authorization", clerk()).header("If-Match", current)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"collectedBy\":\"张三\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DELIVERED"))
                .andReturn().getResponse().getHeader("ETag");
        assertThat(etag).as("the answer's ETag is the delivered version").isEqualTo(etagOf(path))
                .isNotEqualTo(current);
    }

    @Test
    void a_supplement_against_a_version_someone_else_changed_is_a_412_and_writes_nothing() throws Exception {
        String caseNumber = caseNumberOf(submitted(body(VALID_ID, false)));
        String path = "/api/intake/v1/applications/" + caseNumber;
        String seen = etagOf(path);
        // another clerk answers the notice in between: the first clerk's copy is stale
        mvc.perform(post(path + "/supplements").header("Authorization", clerk()).header("If-Match", seen)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"materials\":[{\"code\":\"M9\",\"provided\":true}]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("NOTICE_ISSUED"));
        long trail = count("SELECT count(*) FROM audit_trail WHERE subject = ?", caseNumber);

        mvc.perform(post(path + "/supplements").header("Authorization", clerk()).header("If-Match", seen)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"materials\":[{\"code\":\"M2\",\"provided\":true}]}"))
                .andExpect(status().isPreconditionFailed());

        assertThat(count("SELECT count(*) FROM audit_trail WHERE subject = ?", caseNumber)).isEqualTo(trail);
        assertThat(count("SELECT count(*) FROM application WHERE case_number = ? AND status = 'NOTICE_ISSUED'", caseNumber))
                .isEqualTo(1);
    }

    @Test
    void someone_who_may_not_see_the_case_gets_a_404_even_with_an_if_match() throws Exception {
        String caseNumber = caseNumberOf(submitted(body(VALID_ID, false)));

        mvc.perform(post("/api/intake/v1/applications/" + caseNumber + "/supplements")
                        .header("Authorization", applicant("someone-else"))
                        .header("If-Match", "\"v7\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"materials\":[{\"code\":\"M2\",\"provided\":true}]}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/intake/v1/applications/" + "X".repeat(300) + "/supplements").header("Authorization", clerk())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"materials\":[{\"code\":\"M2\",\"provided\":true}]}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_consumed_review_event_goes_through_the_command_path_and_is_audited_as_the_system() throws Exception {
        String caseNumber = caseNumberOf(submitted(body(VALID_ID, true)));
        String path = "/api/intake/v1/applications/" + caseNumber;
        String before = etagOf(path);

        reviewOpened(caseNumber, ITEM, LocalDate.now().plusDays(10), LocalDate.now().plusDays(20));
        awaitStatus(caseNumber, "IN_REVIEW");

        assertThat(jdbc.sql("SELECT principal FROM audit_trail WHERE subject = ? AND action = 'REVIEW_OPENED'")
                .param(caseNumber).query(String.class).list()).containsExactly("system:intake");
        assertThat(etagOf(path)).as("saved with the version check").isNotEqualTo(before);
        mvc.perform(get(path + "/history").header("Authorization", clerk())).andExpect(status().isOk())
                .andExpect(jsonPath("$[2].action").value("REVIEW_OPENED"))
                .andExpect(jsonPath("$[2].actorId").value("system"))
                .andExpect(jsonPath("$[2].actorRole").value("SYSTEM"))
                .andExpect(jsonPath("$[2].detail").value("review opened with departments [MARKET]"));
    }
}

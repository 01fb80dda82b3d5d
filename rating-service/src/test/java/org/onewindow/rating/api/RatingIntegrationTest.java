package org.onewindow.rating.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.onewindow.platform.test.KafkaTestSupport.header;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.onewindow.contracts.EventSchemas;
import org.onewindow.contracts.Stream;
import org.onewindow.contracts.catalog.Channel;
import org.onewindow.contracts.catalog.Route;
import org.onewindow.contracts.catalog.RouteMode;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.ResultDelivered;
import org.onewindow.contracts.rating.RatingSubmitted;
import org.onewindow.contracts.rating.RectificationOpened;
import org.onewindow.platform.clock.OfficialCalendars;
import org.onewindow.platform.clock.WorkingDays;
import org.onewindow.platform.messaging.BlockedEvents;
import org.onewindow.platform.messaging.DeadLettersEndpoint;
import org.onewindow.platform.test.BlockedBy;
import org.onewindow.platform.test.KafkaTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** The rating service on the JVM's embedded PostgreSQL and Kafka: intake events in, ratings over REST, events out. */
class RatingIntegrationTest extends RatingApiTest {

    @Autowired
    BlockedEvents blockedEvents;
    @Autowired
    DeadLettersEndpoint deadLetters;

    @Test
    void the_applicant_rates_a_delivered_case_once_and_the_rating_is_published() throws Exception {
        String caseNumber = deliveredCase("DEPT-A");
        String applicant = applicantOf(caseNumber);

        String location = rate(token(applicant), caseNumber, "COMPLETION", "VERY_SATISFIED", "窗口服务很好")
                .andExpect(status().isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Location", containsString("/api/rating/v1/ratings/")))
                .andExpect(jsonPath("$.raterRole").value("APPLICANT"))
                .andExpect(jsonPath("$.bad").value(false))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(location).header("Authorization", token(applicant)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.level").value("VERY_SATISFIED"));
        ConsumerRecord<String, String> record = ratingEvents(caseNumber, RatingSubmitted.class, 1).getFirst();
        assertThat(EventSchemas.validate(RatingSubmitted.class, record.value())).isEmpty();
        assertThat(header(record, "ce_type")).isEqualTo("org.onewindow.rating.RatingSubmitted.v1");
        assertThat(header(record, "ce_id")).isNotBlank();
        assertThat(header(record, "ce_subject")).isEqualTo(caseNumber);
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.get("implementingDepartment").asString()).isEqualTo("DEPT-A");
        assertThat(event.get("comment").asString()).isEqualTo("窗口服务很好");

        rate(token(applicant), caseNumber, "COMPLETION", "DISSATISFIED", null)
                .andExpect(status().isConflict())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.type", endsWith("rating.already-rated")));
        mvc.perform(get("/api/rating/v1/ratings").param("caseNumber", caseNumber).header("Authorization", MONITOR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(1));
    }

    @Test
    void only_the_applicant_or_their_agent_may_rate_and_only_a_reached_stage() throws Exception {
        String caseNumber = acceptedCase(true);
        String applicant = applicantOf(caseNumber);
        String agent = "agent-" + caseNumber;

        rate(token("someone-else"), caseNumber, "ACCEPTANCE", "VERY_DISSATISFIED", null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", endsWith("rating.not-applicant")));
        rate(token(applicant), caseNumber, "COMPLETION", "SATISFIED", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", endsWith("rating.stage-not-reached")));
        rate(token(applicant), "UNKNOWN-" + caseNumber, "ACCEPTANCE", "SATISFIED", null)
                .andExpect(status().isNotFound());
        rate(token(agent), caseNumber, "ACCEPTANCE", "SATISFIED", null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.raterRole").value("AGENT"))
                .andExpect(jsonPath("$.onBehalfOf").value(applicant));

        // the applicant sees the rating given for them; a stranger sees none
        mvc.perform(get("/api/rating/v1/ratings").param("caseNumber", caseNumber).header("Authorization", token(applicant)))
                .andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(get("/api/rating/v1/ratings").param("caseNumber", caseNumber).header("Authorization", token("someone-else")))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/rating/v1/cases/" + caseNumber).header("Authorization", MONITOR))
                .andExpect(jsonPath("$.audit[*].action", org.hamcrest.Matchers.contains("STAGE_OPENED", "RATED")))
                .andExpect(jsonPath("$.audit[1].userId").value("a***"))
                .andExpect(jsonPath("$.audit[1].onBehalfOf").value("a***"));
        // the applicant reads who acted on their own case; MONITOR (all-masked) reads the ids masked
        mvc.perform(get("/api/rating/v1/cases/" + caseNumber).header("Authorization", token(applicant)))
                .andExpect(jsonPath("$.audit[1].userId").value(agent))
                .andExpect(jsonPath("$.audit[1].onBehalfOf").value(applicant));
    }

    @Test
    void bad_input_is_a_problem_naming_the_field() throws Exception {
        mvc.perform(post("/api/rating/v1/ratings").header("Authorization", token("a-1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseNumber\":\"C-1\",\"stage\":\"COMPLETION\",\"comment\":\"" + "x".repeat(501) + "\"}"))
                // text over its limit is refused while the body is read (issue 7): 422, before the other checks
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("comment"))
                .andExpect(jsonPath("$.errors[0].rule").value("text.too-long"));
        mvc.perform(post("/api/rating/v1/ratings").header("Authorization", token("a-1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseNumber\":\"C-1\",\"stage\":\"COMPLETION\",\"comment\":\"ok\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("level")));
        rate(token("a-1"), "C-1", "COMPLETION", "GOOD", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        mvc.perform(get("/api/rating/v1/statistics").param("by", "staff"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type", endsWith("statistics.unknown-dimension")))
                .andExpect(jsonPath("$.errors[0].field").value("by"));
        mvc.perform(post("/api/rating/v1/ratings").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_bad_rating_opens_a_rectification_due_fifteen_working_days_later_and_masks_the_comment() throws Exception {
        String caseNumber = deliveredCase("DEPT-B");
        String applicant = applicantOf(caseNumber);

        String body = rate(token(applicant), caseNumber, "COMPLETION", "VERY_DISSATISFIED", "让我跑了三次，我的电话13812345678")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.bad").value(true))
                .andExpect(jsonPath("$.comment").value("让我跑了三次，我的电话138****5678"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String rectificationId = JSON.readTree(body).get("rectificationId").asString();

        LocalDate expectedDue = WorkingDays.on(OfficialCalendars.china())
                .deadline(org.onewindow.platform.clock.ChinaTime.today(java.time.Clock.systemUTC()), 15);
        mvc.perform(get("/api/rating/v1/rectifications/" + rectificationId).header("Authorization", MONITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueOn").value(expectedDue.toString()))
                .andExpect(jsonPath("$.implementingDepartment").value("DEPT-B"));
        mvc.perform(get("/api/rating/v1/rectifications/" + rectificationId).header("Authorization", token(applicant)))
                .andExpect(status().isForbidden());

        ConsumerRecord<String, String> opened = ratingEvents(caseNumber, RectificationOpened.class, 1).getFirst();
        assertThat(EventSchemas.validate(RectificationOpened.class, opened.value())).isEmpty();
        assertThat(JSON.readTree(opened.value()).get("dueOn").asString()).isEqualTo(expectedDue.toString());
        ConsumerRecord<String, String> submitted = ratingEvents(caseNumber, RatingSubmitted.class, 1).getFirst();
        assertThat(EventSchemas.validate(RatingSubmitted.class, submitted.value())).isEmpty();
        assertThat(submitted.value()).doesNotContain("13812345678").contains("138****5678");
        assertThat(jdbc.sql("SELECT comment FROM rating WHERE case_number = ?").param(caseNumber).query(String.class).single())
                .doesNotContain("13812345678");
    }

    @Test
    void a_redelivered_or_repeated_result_delivered_has_no_second_effect() throws Exception {
        String caseNumber = newCaseNumber();
        String applicant = applicantOf(caseNumber);
        OffsetDateTime deliveredAt = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        ResultDelivered event = delivered(caseNumber, applicant, null, "DEPT-C", deliveredAt);
        String id = UUID.randomUUID().toString();

        send(id, event);
        send(id, event);                                                     // redelivery: same ce_id
        String repeatId = UUID.randomUUID().toString();                      // the same fact again, new ce_id, later time
        send(repeatId, delivered(caseNumber, applicant, null, "DEPT-C", deliveredAt.plusDays(9)));
        // same key, same partition: once the repeat is in the inbox, the redelivery before it was handled too
        await().atMost(WAIT).until(() -> inboxCount(repeatId) == 1);

        assertThat(inboxCount(id)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM case_stage WHERE case_number = ?").param(caseNumber)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT opened_at FROM case_stage WHERE case_number = ?").param(caseNumber)
                .query(OffsetDateTime.class).single()).isEqualTo(deliveredAt);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_trail WHERE subject = ?").param(caseNumber)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_malformed_event_goes_to_the_dead_letter_topic_while_the_next_is_processed() throws Exception {
        String badCase = newCaseNumber();
        String badId = UUID.randomUUID().toString();
        KafkaTestSupport.sendMalformed(topics.topic(Stream.INTAKE_APPLICATIONS), badId, ResultDelivered.class, badCase);
        String next = deliveredCase("DEPT-D");

        String dlt = topics.deadLetterTopic("rating");
        assertThat(KafkaTestSupport.awaitRecords(dlt, badCase, 1, WAIT)).extracting(r -> header(r, "ce_id"))
                .contains(badId);
        assertThat(jdbc.sql("SELECT count(*) FROM rated_case WHERE case_number = ?").param(badCase)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_dead_lettered_event_shows_on_its_case_until_an_operator_discards_it() throws Exception {
        String caseNumber = acceptedCase(false);
        mvc.perform(get("/api/rating/v1/cases/" + caseNumber).header("Authorization", MONITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.blockedBy").isEmpty());

        String badId = UUID.randomUUID().toString();
        KafkaTestSupport.sendMalformed(topics.topic(Stream.INTAKE_APPLICATIONS), badId, ResultDelivered.class, caseNumber);

        await().atMost(WAIT).until(() -> !blockedEvents.blocking(caseNumber).isEmpty());
        mvc.perform(get("/api/rating/v1/cases/" + caseNumber).header("Authorization", MONITOR))
                .andExpect(status().isOk())
                .andExpect(BlockedBy.oneUnreadable(badId, ResultDelivered.class));

        long id = deadLetters.group("rating").blocking().stream()
                .filter(letter -> caseNumber.equals(letter.key())).findFirst().orElseThrow().id();
        deadLetters.discard("rating", id, "the delivery is recorded by hand (test)", SecurityContext.NONE);
        mvc.perform(get("/api/rating/v1/cases/" + caseNumber).header("Authorization", MONITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.blockedBy").isEmpty());
    }

    @Test
    void published_statistics_reflect_the_ratings_per_department_item_and_centre() throws Exception {
        String department = "DEPT-S-" + CASES.incrementAndGet();
        List<String> levels = List.of("VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED");
        for (String level : levels) {
            String caseNumber = deliveredCase(department);
            rate(token(applicantOf(caseNumber)), caseNumber, "COMPLETION", level, null).andExpect(status().isCreated());
        }

        String body = mvc.perform(get("/api/rating/v1/statistics").param("by", "department").param("size", "200"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode entry = null;
        for (JsonNode item : JSON.readTree(body).get("items")) {
            if (item.get("key").asString().equals(department)) {
                entry = item;
            }
        }
        assertThat(entry).as("statistics of " + department).isNotNull();
        assertThat(entry.get("ratings").asLong()).isEqualTo(4);
        assertThat(entry.get("badRatings").asLong()).isEqualTo(1);
        assertThat(entry.get("satisfactionRate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(entry.get("perLevel").get("BASICALLY_SATISFIED").asLong()).isEqualTo(1);
        assertThat(entry.get("perLevel").get("VERY_DISSATISFIED").asLong()).isZero();
        mvc.perform(get("/api/rating/v1/statistics").param("by", "item").header("Authorization", MONITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].key", org.hamcrest.Matchers.hasItem("FOOD-BIZ-LICENCE")));
    }

    // ---- issue 8: the one command path

    @Test
    void a_consumed_event_goes_through_the_command_path_and_its_audit_line_names_the_service() throws Exception {
        String caseNumber = acceptedCase(false);

        assertThat(jdbc.sql("SELECT action, actor_id, actor_role, principal, detail FROM audit_trail WHERE subject = ?")
                .param(caseNumber).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).list())
                .containsExactly(List.of("STAGE_OPENED", "SYSTEM", "SYSTEM", "system:rating",
                        "ACCEPTANCE opened by intake.ApplicationAccepted"));
        assertThat(jdbc.sql("SELECT version FROM rated_case WHERE case_number = ?").param(caseNumber)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_rating_with_a_stale_if_match_is_refused_with_412_and_the_current_etag_is_accepted() throws Exception {
        String caseNumber = acceptedCase(false);
        String applicant = applicantOf(caseNumber);
        String read = mvc.perform(get("/api/rating/v1/cases/" + caseNumber).header("Authorization", token(applicant)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        assertThat(read).isEqualTo("\"v1\"");
        send(delivered(caseNumber, applicant, null, "DEPT-E", OffsetDateTime.now()));
        awaitStage(caseNumber, "COMPLETION");

        rate(token(applicant), caseNumber, "ACCEPTANCE", "SATISFIED", null, read)
                .andExpect(status().isPreconditionFailed());
        assertThat(jdbc.sql("SELECT count(*) FROM rating WHERE case_number = ?").param(caseNumber)
                .query(Long.class).single()).as("nothing written").isZero();

        String current = mvc.perform(get("/api/rating/v1/cases/" + caseNumber).header("Authorization", token(applicant)))
                .andReturn().getResponse().getHeader("ETag");
        assertThat(current).isEqualTo("\"v2\"");
        rate(token(applicant), caseNumber, "ACCEPTANCE", "SATISFIED", null, current)
                .andExpect(status().isCreated());
        rate(token(applicant), caseNumber, "COMPLETION", "SATISFIED", null) // If-Match stays optional
                .andExpect(status().isCreated());
        mvc.perform(get("/api/rating/v1/cases/" + caseNumber).header("Authorization", token(applicant)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("ETag", "\"v4\""))
                .andExpect(jsonPath("$.stages[*].rated", org.hamcrest.Matchers.contains(true, true)));
    }

    @Test
    void a_bad_rating_and_its_rectification_write_one_trail_under_the_case_number() throws Exception {
        String caseNumber = deliveredCase("DEPT-F");
        String applicant = applicantOf(caseNumber);

        rate(token(applicant), caseNumber, "COMPLETION", "DISSATISFIED", null).andExpect(status().isCreated());

        mvc.perform(get("/api/rating/v1/cases/" + caseNumber).header("Authorization", MONITOR))
                .andExpect(jsonPath("$.audit[*].action",
                        org.hamcrest.Matchers.contains("STAGE_OPENED", "RATED", "RECTIFICATION_OPENED")))
                .andExpect(jsonPath("$.audit[1].userId").value("a***")) // MONITOR: all-masked
                .andExpect(jsonPath("$.audit[1].role").value("APPLICANT"))
                .andExpect(jsonPath("$.audit[2].userId").value("SYSTEM"))
                .andExpect(jsonPath("$.audit[2].detail", org.hamcrest.Matchers.startsWith("due on ")));
        assertThat(jdbc.sql("SELECT principal FROM audit_trail WHERE subject = ? ORDER BY id").param(caseNumber)
                .query(String.class).list()).containsExactly("system:rating", applicant, "system:rating");
        assertThat(jdbc.sql("SELECT version FROM rectification WHERE case_number = ?").param(caseNumber)
                .query(Long.class).single()).isEqualTo(1);
    }

    // ---- helpers

    /** A new case accepted for {@link #applicantOf its applicant}, through {@code agent-<case>} when {@code byAgent}. */
    String acceptedCase(boolean byAgent) {
        String caseNumber = newCaseNumber();
        send(accepted(caseNumber, applicantOf(caseNumber), byAgent ? "agent-" + caseNumber : null));
        awaitStage(caseNumber, "ACCEPTANCE");
        return caseNumber;
    }

    static ApplicationAccepted accepted(String caseNumber, String applicant, String agent) {
        OffsetDateTime now = OffsetDateTime.now();
        return new ApplicationAccepted(caseNumber, "FOOD-BIZ-LICENCE", 3, "食品经营许可", "C-VIL-0101", Channel.WINDOW,
                new ApplicationAccepted.Applicant(ApplicationAccepted.ApplicantKind.PERSON, "张三", "330102********123X", applicant),
                new ApplicationAccepted.Agent(agent, "李代办", "MANDATE-1"), "clerk-1", now, now.toLocalDate(), false,
                List.of(), false, 10, 20, new Route(RouteMode.PARALLEL, true, List.of("MARKET")), "MARKET", "MARKET-SUPERVISION");
    }

}

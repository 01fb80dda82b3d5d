package org.onewindow.intake.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventSchemas;
import org.onewindow.contracts.intake.DeliveryWarningRaised;
import org.onewindow.contracts.intake.ResultDelivered;
import org.onewindow.contracts.review.DeadlinesRecomputed;
import org.onewindow.contracts.review.PauseKind;
import org.onewindow.contracts.review.ProcedurePaused;
import org.onewindow.intake.ApplicationBody;
import org.onewindow.intake.CatalogEvents;
import org.onewindow.intake.IntakeIntegrationSupport;
import org.onewindow.intake.applications.adapters.scheduling.DeliveryWarningWatch;
import org.onewindow.intake.applications.application.ApplicationService;
import org.onewindow.intake.config.IntakeProperties;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.test.Concurrently;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.OneWindowTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 10, item 4 and the rest of items 6-7 on the real embedded PostgreSQL and Kafka: the delivery light against
 * Art. 44's licence due date in the view, the list filter and the warning scan (each level once, as an event),
 * delivery by EMS with its checked tracking number reaching the event, tracking and the message box, the message for
 * review's recomputed deadlines (only when something the applicant sees changed), and a pause of a kind intake does
 * not know applied, not dead-lettered.
 */
@OneWindowTest
@AutoConfigureMockMvc
class DeliveryOnTimeIntegrationTest extends IntakeIntegrationSupport {

    /** Its own item: other classes publish 330100-SP-001 with other required materials into the shared database. */
    private static final String ITEM = "330100-DL-001";

    @Autowired
    DeliveryWarningWatch watch;

    @Autowired
    ApplicationService applications;

    @Autowired
    IntakeProperties properties;

    @BeforeEach
    void catalogPublished() {
        catalogPublished(ITEM, 3, CatalogEvents.original("M1", "申请书"));
    }

    /** A complete case to be mailed; answers (case number, query code). */
    private String[] submitted(String applicantUserId) throws Exception {
        JsonNode created = submitted(ApplicationBody.forItem(ITEM).provided("M1").mailedTo("浙江省杭州市西湖区文三路1号")
                .forApplicant(applicantUserId));
        return new String[] {caseNumberOf(created), created.get("queryCode").asString()};
    }

    /** Review opened and decided the case, the licence due by {@code dueBy}. */
    private void decided(String caseNumber, String applicantUserId, LocalDate dueBy) {
        reviewedAndApproved(caseNumber, ITEM, 3, "JY-" + caseNumber.substring(caseNumber.length() - 6), applicantUserId,
                dueBy);
    }

    private JsonNode listed(String deliveryWarning) throws Exception {
        return json(mvc.perform(get(APPLICATIONS).param("deliveryWarning", deliveryWarning)
                        .param("size", "200").header("Authorization", clerk()))
                .andExpect(status().isOk()));
    }

    private static List<String> caseNumbers(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("caseNumber").asString()).toList();
    }

    @Test
    void the_delivery_light_shows_filters_and_raises_each_level_once_and_a_late_ems_delivery_reaches_event_tracking_and_messages()
            throws Exception {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        String overdue = submitted("applicant-71")[0];
        String[] dueTodaySubmitted = submitted("applicant-72");
        String dueToday = dueTodaySubmitted[0];
        String inTime = submitted("applicant-73")[0];
        decided(overdue, "applicant-71", today.minusDays(7));
        decided(dueToday, "applicant-72", today);
        decided(inTime, "applicant-73", today.plusDays(30));

        mvc.perform(get("/api/intake/v1/applications/{n}", overdue).header("Authorization", clerk()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.deadlines.deliveryWarning").value("RED"));
        mvc.perform(get("/api/intake/v1/applications/{n}", dueToday).header("Authorization", clerk()))
                .andExpect(jsonPath("$.deadlines.deliveryWarning").value("YELLOW"));
        mvc.perform(get("/api/intake/v1/applications/{n}", inTime).header("Authorization", clerk()))
                .andExpect(jsonPath("$.deadlines.deliveryWarning").value("GREEN"));
        assertThat(caseNumbers(listed("RED"))).contains(overdue).doesNotContain(dueToday, inTime);
        assertThat(caseNumbers(listed("YELLOW"))).contains(dueToday).doesNotContain(overdue, inTime);
        assertThat(caseNumbers(listed("GREEN"))).contains(inTime).doesNotContain(overdue, dueToday);
        mvc.perform(get("/api/intake/v1/applications").param("deliveryWarning", "PURPLE").header("Authorization", clerk()))
                .andExpect(status().is4xxClientError());

        // the scan raises RED for the overdue case and YELLOW for the one due today, once however often it runs, even
        // when two instances (two beans on the one database) scan at the same moment
        DeliveryWarningWatch otherInstance = new DeliveryWarningWatch(applications, properties);
        Concurrently.run(watch::scan, otherInstance::scan);
        watch.scan();
        ConsumerRecord<String, String> red = KafkaTestSupport.awaitEvents(topics.topicOf(DeliveryWarningRaised.class),
                overdue, DeliveryWarningRaised.class, 1, WAIT).getFirst();
        assertThat(EventSchemas.validate(DeliveryWarningRaised.class, red.value())).isEmpty();
        DeliveryWarningRaised raised = JSON.readValue(red.value(), DeliveryWarningRaised.class);
        assertThat(raised.level()).isEqualTo(DeliveryWarningRaised.Level.RED);
        assertThat(raised.licenceIssueDueBy()).isEqualTo(today.minusDays(7));
        assertThat(raised.workingDaysLeft()).isNegative();
        assertThat(count("SELECT count(*) FROM audit_trail WHERE subject = ? AND action LIKE 'DELIVERY_WARNING_%'", overdue))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_trail WHERE subject = ? AND action = 'DELIVERY_WARNING_YELLOW'", dueToday))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_trail WHERE subject = ? AND action LIKE 'DELIVERY_WARNING_%'", inTime))
                .isZero();
        assertThat(count("SELECT count(*) FROM applicant_message WHERE case_number = ? AND kind LIKE 'DELIVERY%'", overdue))
                .as("warnings are for monitors, not the applicant's message box").isZero();

        // delivery by EMS: the tracking number is required and checked, the problem names the field and the rule
        String deliveries = "/api/intake/v1/applications/" + overdue + "/deliveries";
        mvc.perform(post(deliveries).header("Authorization", clerk()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"method\":\"MAIL\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("trackingNumber"))
                .andExpect(jsonPath("$.errors[0].rule").value("intake.tracking-number-required"));
        mvc.perform(post(deliveries).header("Authorization", clerk()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"method\":\"MAIL\",\"trackingNumber\":\"EA123456789CN\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("intake.tracking-number-format"));
        mvc.perform(post(deliveries).header("Authorization", clerk()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"method\":\"MAIL\",\"trackingNumber\":\"EA123456785CN\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.delivery.method").value("MAIL"))
                .andExpect(jsonPath("$.delivery.trackingNumber").value("EA123456785CN"))
                .andExpect(jsonPath("$.delivery.late").value(true))
                .andExpect(jsonPath("$.deadlines.deliveryWarning").doesNotExist());

        ConsumerRecord<String, String> record = KafkaTestSupport.awaitEvents(topics.topicOf(ResultDelivered.class),
                overdue, ResultDelivered.class, 1, WAIT).getFirst();
        assertThat(EventSchemas.validate(ResultDelivered.class, record.value())).isEmpty();
        ResultDelivered delivered = JSON.readValue(record.value(), ResultDelivered.class);
        assertThat(delivered.method()).isEqualTo(ResultDelivered.DeliveryMethod.MAIL);
        assertThat(delivered.reference()).isEqualTo("EA123456785CN");
        assertThat(delivered.late()).isTrue();
        assertThat(delivered.licenceIssueDueBy()).isEqualTo(today.minusDays(7));
        assertThat(record.value()).doesNotContain("张三\"", "13812345678");

        String message = jdbc.sql("SELECT body FROM applicant_message WHERE case_number = ? AND kind = 'RESULT_DELIVERED'")
                .param(overdue).query(String.class).single();
        assertThat(message).contains("EMS", "EA123456785CN");

        // a window pick-up without who collected it: the 422 names the field
        mvc.perform(post("/api/intake/v1/applications/" + dueToday + "/deliveries").header("Authorization", clerk())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"method\":\"WINDOW_PICKUP\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("collectedBy"))
                .andExpect(jsonPath("$.errors[0].rule").value("intake.collected-by-required"));
        // public tracking: the light of the undelivered case
        mvc.perform(get("/api/intake/v1/tracking/{n}", dueToday).param("queryCode", dueTodaySubmitted[1]))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines.deliveryWarning").value("YELLOW"))
                .andExpect(jsonPath("$.delivery").doesNotExist());
    }

    @Test
    void tracking_shows_the_ems_number_and_a_recomputation_is_told_only_when_the_applicant_sees_a_change() throws Exception {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        String[] submitted = submitted("applicant-74");
        String caseNumber = submitted[0];
        decided(caseNumber, "applicant-74", today.plusDays(20));

        // the next year's calendar moves the licence due date: told, with the old and the new date
        String recomputedId = UUID.randomUUID().toString();
        LocalDate promised = today.plusDays(14);
        LocalDate statutory = today.plusDays(28);
        send(recomputedId, new DeadlinesRecomputed(caseNumber, today.getYear() + 1, promised, statutory, false,
                List.of(), today.plusDays(21), OffsetDateTime.now()));
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM applicant_message WHERE case_number = ? "
                + "AND kind = 'DEADLINES_RECOMPUTED'", caseNumber) == 1);
        String body = jdbc.sql("SELECT body FROM applicant_message WHERE message_id = ?")
                .param(recomputedId + ":DEADLINES_RECOMPUTED").query(String.class).single();
        assertThat(body).contains("证照送达期限由", "调整为", "节假日安排");

        // the same values again (another event): nothing the applicant sees changed, no message
        send(new DeadlinesRecomputed(caseNumber, today.getYear() + 1, promised, statutory,
                false, List.of(), today.plusDays(21), OffsetDateTime.now()));
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM audit_trail WHERE subject = ? "
                + "AND action = 'DEADLINES_RECOMPUTED'", caseNumber) == 2);
        assertThat(count("SELECT count(*) FROM applicant_message WHERE case_number = ? AND kind = 'DEADLINES_RECOMPUTED'",
                caseNumber)).isEqualTo(1);

        mvc.perform(post("/api/intake/v1/applications/" + caseNumber + "/deliveries").header("Authorization", clerk())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"trackingNumber\":\"1100123456789\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.delivery.late").value(false));
        mvc.perform(get("/api/intake/v1/tracking/{n}", caseNumber).param("queryCode", submitted[1]))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.delivery.method").value("MAIL"))
                .andExpect(jsonPath("$.delivery.reference").value("1100123456789"))
                .andExpect(jsonPath("$.delivery.late").value(false));
    }

    @Test
    void a_pause_of_a_kind_intake_does_not_know_is_applied_as_a_special_procedure_not_dead_lettered() throws Exception {
        String caseNumber = submitted("applicant-75")[0];
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        reviewOpened(caseNumber, ITEM, today.plusDays(14), today.plusDays(28));
        awaitStatus(caseNumber, "IN_REVIEW");

        // a newer review's kind, as raw JSON on the wire
        ObjectNode paused = (ObjectNode) JSON.valueToTree(new ProcedurePaused(caseNumber, UUID.randomUUID(),
                PauseKind.HEARING, "现场勘验经营场所", "《中华人民共和国行政许可法》第四十五条", today, 5, "r-1", "applicant-75",
                OffsetDateTime.now()));
        paused.put("kind", "SITE_SURVEY");
        String id = UUID.randomUUID().toString();
        KafkaTestSupport.send(topics.topicOf(ProcedurePaused.class), caseNumber,
                KafkaTestSupport.cloudEventHeaders(id, ProcedurePaused.class, caseNumber), paused.toString());

        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM applicant_message WHERE message_id = ?",
                id + ":PROCEDURE_PAUSED") == 1);
        String body = jdbc.sql("SELECT body FROM applicant_message WHERE message_id = ?").param(id + ":PROCEDURE_PAUSED")
                .query(String.class).single();
        assertThat(body).contains("特别程序", "现场勘验经营场所", "5个工作日");
        assertThat(count("SELECT count(*) FROM audit_trail WHERE subject = ? AND action = 'PROCEDURE_PAUSED'", caseNumber))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM dead_letter WHERE record_key = ?", caseNumber)).isZero();
    }
}

package org.onewindow.intake.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.rating.RectificationProgressed;
import org.onewindow.contracts.review.DeadlineExtended;
import org.onewindow.contracts.review.DeadlinesRecomputed;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.Outcome;
import org.onewindow.contracts.review.PauseKind;
import org.onewindow.contracts.review.ProcedurePaused;
import org.onewindow.contracts.review.ProcedureResumed;
import org.onewindow.intake.ApplicationBody;
import org.onewindow.intake.CatalogEvents;
import org.onewindow.intake.IntakeIntegrationSupport;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.TestTokens;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import tools.jackson.databind.JsonNode;

/**
 * Issue 10, items 1, 2, 4, 6 on the real embedded PostgreSQL and Kafka: review's extension, pause, resumption,
 * recomputation and decision reach the case, its public tracking and the applicant's message box, once each, and
 * the recording channel holds the SMS with the phone masked.
 */
@OneWindowTest
@AutoConfigureMockMvc
class ApplicantToldIntegrationTest extends IntakeIntegrationSupport {

    private static final String ITEM = "330100-SP-001";

    private static String bearer(String user, String role) {
        return TestTokens.bearer(user, Set.of(role), null, role.equals("WINDOW_CLERK") ? CENTRE : null);
    }

    @BeforeEach
    void catalogPublished() {
        catalogPublished(ITEM, 3, CatalogEvents.original("M1", "申请书"), CatalogEvents.copy("M2", "营业执照"));
    }

    /** A case submitted at the window for {@code applicantUserId}, complete or not; answers (case number, query code). */
    private String[] submitted(String applicantUserId, boolean complete) throws Exception {
        ApplicationBody body = ApplicationBody.forItem(ITEM).provided("M1").pickedUpAtTheWindow().forApplicant(applicantUserId);
        JsonNode created = submitted(complete ? body.provided("M2") : body);
        return new String[] {caseNumberOf(created), created.get("queryCode").asString()};
    }

    private JsonNode messagesOf(String user, String role, String caseNumber) throws Exception {
        return json(mvc.perform(get("/api/intake/v1/messages").param("case", caseNumber)
                        .header("Authorization", bearer(user, role)))
                .andExpect(status().isOk()));
    }

    private long messages(String caseNumber, String kind) {
        return count("SELECT count(*) FROM applicant_message WHERE case_number = ? AND kind = ?", caseNumber, kind);
    }

    @Test
    void review_extension_pause_resumption_recomputation_and_decision_reach_the_case_tracking_and_message_box() throws Exception {
        String[] submitted = submitted("applicant-41", true);
        String caseNumber = submitted[0];
        reviewOpened(caseNumber, ITEM, LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 31));
        awaitStatus(caseNumber, "IN_REVIEW");

        String extensionId = UUID.randomUUID().toString();
        DeadlineExtended extension = new DeadlineExtended(caseNumber, ITEM, 10, "需现场核查经营场所",
                "《中华人民共和国行政许可法》第四十二条第一款", "checker-1", "CHECKER", LocalDate.of(2026, 12, 18),
                LocalDate.of(2027, 1, 15), true, "applicant-41", OffsetDateTime.now());
        send(extensionId, extension);
        send(extensionId, extension); // redelivered: told once
        await().atMost(WAIT).until(() -> messages(caseNumber, "DEADLINE_EXTENDED") == 1);

        mvc.perform(get("/api/intake/v1/applications/{n}", caseNumber).header("Authorization", bearer("applicant-41", "APPLICANT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statutoryDeadline").value("2027-01-15"))
                .andExpect(jsonPath("$.deadlines.provisional").value(true))
                .andExpect(jsonPath("$.deadlines.latestChange.kind").value("EXTENDED"))
                .andExpect(jsonPath("$.deadlines.latestChange.reason").value("需现场核查经营场所"))
                .andExpect(jsonPath("$.deadlines.latestChange.legalBasis").value("《中华人民共和国行政许可法》第四十二条第一款"));

        // an Art. 45 pause without an estimate (the optional field absent) is applied and told, not dead-lettered
        UUID pauseId = UUID.randomUUID();
        send(new ProcedurePaused(caseNumber, pauseId, PauseKind.APPRAISAL, "设备需委托鉴定",
                "《中华人民共和国行政许可法》第四十五条", LocalDate.of(2026, 12, 10), null, "reviewer-1", null,
                OffsetDateTime.now()));
        await().atMost(WAIT).until(() -> messages(caseNumber, "PROCEDURE_PAUSED") == 1);
        send(new ProcedureResumed(caseNumber, pauseId, PauseKind.APPRAISAL,
                "《中华人民共和国行政许可法》第四十五条", LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 17), 5,
                LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 22), true, OffsetDateTime.now()));
        await().atMost(WAIT).until(() -> messages(caseNumber, "PROCEDURE_RESUMED") == 1);

        // the 2027 calendar is published: review's recomputed deadlines replace the provisional ones
        send(new DeadlinesRecomputed(caseNumber, 2027, LocalDate.of(2026, 12, 25),
                LocalDate.of(2027, 1, 25), false, List.of(), null, OffsetDateTime.now()));
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT statutory_deadline FROM application WHERE case_number = ?")
                .param(caseNumber).query(LocalDate.class).single().equals(LocalDate.of(2027, 1, 25)));

        send(new DecisionMade(caseNumber, ITEM, 3, "食品经营许可", Outcome.APPROVED,
                "JY-2026-004141", LocalDate.of(2027, 1, 20), LocalDate.of(2032, 1, 19), List.of(), OffsetDateTime.now(),
                "MARKET", "MARKET-SUPERVISION", "张三", "110***********002X", List.of("r-1"), "applicant-41",
                LocalDate.of(2027, 2, 3), false));
        await().atMost(WAIT).until(() -> messages(caseNumber, "RESULT_READY") == 1);

        mvc.perform(get("/api/intake/v1/tracking/{n}", caseNumber).param("queryCode", submitted[1]))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines.statutoryDeadline").value("2027-01-25"))
                .andExpect(jsonPath("$.deadlines.provisional").value(false))
                .andExpect(jsonPath("$.deadlines.latestChange.kind").value("RESUMED"))
                .andExpect(jsonPath("$.deadlines.licenceIssueDueBy").value("2027-02-03"))
                .andExpect(jsonPath("$.history[?(@.action == 'DEADLINE_EXTENDED')]").isNotEmpty());

        JsonNode box = messagesOf("applicant-41", "APPLICANT", caseNumber);
        assertThat(box.get("totalItems").asLong()).isEqualTo(6);
        List<String> kinds = box.get("items").valueStream().map(m -> m.get("kind").asString()).toList();
        assertThat(kinds).containsExactlyInAnyOrder("DEADLINE_EXTENDED", "PROCEDURE_PAUSED", "PROCEDURE_RESUMED",
                "DEADLINES_RECOMPUTED", "DECIDED", "RESULT_READY");
        JsonNode recomputed = box.get("items").valueStream()
                .filter(m -> m.get("kind").asString().equals("DEADLINES_RECOMPUTED")).findFirst().orElseThrow();
        // the 2026 promised date did not count 2027's days: only the statutory one is told, old and new
        assertThat(recomputed.get("body").asString()).contains("2027年部分节假日安排",
                "法定办结期限由2027年1月22日调整为2027年1月25日").doesNotContain("承诺办结期限");
        JsonNode extended = box.get("items").valueStream().filter(m -> m.get("kind").asString().equals("DEADLINE_EXTENDED"))
                .findFirst().orElseThrow();
        assertThat(extended.get("body").asString()).contains("需现场核查经营场所", "延长10个工作日", "2027年1月15日（暂定");
        assertThat(extended.get("legalBasis").asString()).isEqualTo("《中华人民共和国行政许可法》第四十二条第一款");
        assertThat(messagesOf("applicant-42", "APPLICANT", caseNumber).get("totalItems").asLong()).isZero();

        // read once: marked; another applicant's attempt is the 404 of an unknown message
        String messageId = extended.get("messageId").asString();
        mvc.perform(post("/api/intake/v1/messages/{id}/read", messageId).header("Authorization", bearer("applicant-42", "APPLICANT")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/intake/v1/messages/{id}/read", messageId).header("Authorization", bearer("applicant-41", "APPLICANT")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.readAt").isNotEmpty());

        // 告知书: the extension and the pause, as JSON and as a printable page; another applicant's read is a 404
        mvc.perform(get("/api/intake/v1/applications/{n}/notices", caseNumber).header("Authorization", bearer("applicant-41", "APPLICANT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].document").value("行政许可期限延长告知书"))
                .andExpect(jsonPath("$[0].legalBasis").value("《中华人民共和国行政许可法》第四十二条第一款"))
                .andExpect(jsonPath("$[1].document").value("行政许可特别程序告知书"))
                .andExpect(jsonPath("$[1].body").value(org.hamcrest.Matchers.containsString("需要进行鉴定，理由：设备需委托鉴定")));
        String page = mvc.perform(get("/api/intake/v1/applications/{n}/notices.html", caseNumber)
                        .header("Authorization", bearer("clerk-1", "WINDOW_CLERK")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<h1>行政许可期限延长告知书</h1>", "2027年1月15日", "依据：《中华人民共和国行政许可法》第四十五条")
                .doesNotContain(VALID_ID).doesNotContain("13812345678");
        mvc.perform(get("/api/intake/v1/applications/{n}/notices", caseNumber).header("Authorization", bearer("applicant-42", "APPLICANT")))
                .andExpect(status().isNotFound());

        String outbox = mvc.perform(get("/api/intake/v1/notifications/outbox").param("case", caseNumber)
                        .header("Authorization", bearer("ops-1", "OPS")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.channel").value("recording"))
                .andExpect(jsonPath("$.recorded.length()").value(6))
                .andExpect(jsonPath("$.recorded[0].maskedPhone").value("138****5678"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(outbox).doesNotContain("13812345678").contains("【一网通办】");
    }

    @Test
    void a_notice_at_the_window_and_a_closed_rectification_are_told_and_the_rectification_is_in_the_trail() throws Exception {
        String caseNumber = submitted("applicant-43", false)[0];
        assertThat(messages(caseNumber, "NOTICE_ISSUED")).isEqualTo(1);

        send(new RectificationProgressed(UUID.randomUUID(), UUID.randomUUID(), caseNumber,
                "MARKET", RectificationProgressed.Step.CLOSED, RectificationProgressed.Status.CLOSED, null, null,
                RectificationProgressed.Outcome.RECTIFIED, LocalDate.of(2026, 12, 14), null, "SUPERVISOR",
                OffsetDateTime.now()));
        await().atMost(WAIT).until(() -> messages(caseNumber, "RECTIFICATION_OUTCOME") == 1);

        JsonNode box = messagesOf("applicant-43", "APPLICANT", caseNumber);
        assertThat(box.get("items").valueStream().map(m -> m.get("body").asString()))
                .anySatisfy(body -> assertThat(body).contains("一次性补正以下材料：营业执照"))
                .anySatisfy(body -> assertThat(body).contains("已核实并整改完毕"));
        assertThat(count("SELECT count(*) FROM audit_trail WHERE subject = ? AND action = 'RECTIFICATION_CLOSED'",
                caseNumber)).isEqualTo(1);
    }
}

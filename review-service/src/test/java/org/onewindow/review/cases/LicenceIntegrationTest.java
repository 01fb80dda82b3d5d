package org.onewindow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.Stream;
import org.onewindow.contracts.catalog.Channel;
import org.onewindow.contracts.catalog.Route;
import org.onewindow.contracts.catalog.RouteMode;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.LicenceIssued;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.platform.objectstore.ObjectContent;
import org.onewindow.platform.objectstore.ObjectStore;
import org.onewindow.platform.test.EmbeddedObjectStore;
import org.onewindow.platform.test.KafkaTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;

/**
 * The electronic licence end to end on the embedded PostgreSQL, Kafka and S3: an approval registers the licence in
 * its own transaction, the issuing job stores the PDF and publishes {@code review.LicenceIssued}, the public
 * verification answers only number and 防伪码 together, supervision's revocation shows there, and a stopped object
 * store delays the PDF but never the decision.
 */
class LicenceIntegrationTest extends ReviewIntegrationSupport {

    static final Pattern CODE = Pattern.compile("[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}");

    @Autowired
    ObjectStore store;

    @Test
    void an_approval_issues_a_pdf_licence_that_verifies_only_with_its_code_and_shows_a_revocation() throws Exception {
        String caseNumber = openCase("MARKET");
        String licence = approve(caseNumber, "MARKET");

        JsonNode event = awaitEvent(caseNumber, LicenceIssued.class);
        assertThat(event.get("licenceNumber").asString()).isEqualTo(licence);
        byte[] pdf = read(event.get("documentKey").asString());
        assertThat(pdf.length).isEqualTo(event.get("sizeBytes").asLong());
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)))
                .isEqualTo(event.get("sha256").asString());
        String text = text(pdf);
        assertThat(text).contains("电子证照", licence, "张三", "食品经营许可", "MARKET");
        String code = codeIn(text);
        assertThat(jdbc.sql("SELECT code_hash FROM licence WHERE number = ?").param(licence).query(String.class).single())
                .as("only the hash is stored").matches("[0-9a-f]{64}").doesNotContain(code.replace("-", ""));

        JsonNode verified = verify(licence, code, 200);
        assertThat(verified.get("holderName").asString()).as("a person's name is masked").isEqualTo("张*");
        assertThat(verified.get("status").asString()).isEqualTo("VALID");
        assertThat(verified.get("issuingDepartment").asString()).isEqualTo("MARKET");
        assertThat(verified.has("holderMaskedIdNumber")).isFalse();
        // wrong, missing and unknown: one and the same 404, so a sequential number confirms nothing
        String wrong = verifyBody(licence, "AAAA-BBBB-CCCC-DDDD", 404);
        String missing = verifyBody(licence, null, 404);
        String unknown = verifyBody("330100-SP-001-2026-999999", code, 404);
        assertThat(withoutInstance(wrong)).isEqualTo(withoutInstance(missing))
                .isEqualTo(withoutInstance(unknown).replace("330100-SP-001-2026-999999", licence));

        // a newer producer's unknown action is skipped (tolerant reader), the revocation after it applied
        KafkaTestSupport.send(topics.topicOf(LicenceActionTaken.class), caseNumber,
                KafkaTestSupport.cloudEventHeaders(UUID.randomUUID().toString(), LicenceActionTaken.class, caseNumber),
                """
                {"recordId":"%s","caseNumber":"%s","licenceNumber":"%s","action":"WITHDRAW","reason":"新动作",
                 "takenBy":"supervisor-1","takenAt":"2026-03-25T10:00:00+08:00"}""".formatted(UUID.randomUUID(),
                        caseNumber, licence));
        KafkaTestSupport.publish(topics.topicOf(LicenceActionTaken.class), new LicenceActionTaken(UUID.randomUUID(),
                caseNumber, licence, LicenceActionTaken.Action.REVOKE, "以欺骗手段取得许可", "supervisor-1",
                OffsetDateTime.now()));
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(verify(licence, code, 200).get("status").asString()).isEqualTo("REVOKED"));
        assertThat(caseJson(caseNumber).get("blockedBy").isEmpty()).isTrue();
    }

    @Test
    void with_the_object_store_down_the_decision_commits_and_the_pdf_follows_once_it_is_back() throws Exception {
        String caseNumber = newCaseNumber();
        KafkaTestSupport.publish(topics.topicOf(ApplicationAccepted.class), organisationAccepted(caseNumber));
        awaitCase(caseNumber);
        EmbeddedObjectStore objects = EmbeddedObjectStore.shared();
        objects.stop();
        String licence;
        try {
            licence = approve(caseNumber, "MARKET");
            assertThat(KafkaTestSupport.awaitEvents(topics.topic(Stream.REVIEW_CASES), caseNumber, DecisionMade.class,
                    1, WAIT)).hasSize(1);
            await().atMost(WAIT).until(() -> jdbc.sql("SELECT attempts FROM licence WHERE number = ?").param(licence)
                    .query(Integer.class).single() > 0);
            assertThat(jdbc.sql("SELECT document_state FROM licence WHERE number = ?").param(licence)
                    .query(String.class).single()).isEqualTo("PENDING");
            assertThat(jdbc.sql("SELECT last_error FROM licence WHERE number = ?").param(licence)
                    .query(String.class).single()).isNotBlank();
        } finally {
            objects.start();
        }
        String text = text(read(awaitEvent(caseNumber, LicenceIssued.class).get("documentKey").asString()));
        JsonNode verified = verify(licence, codeIn(text), 200);
        assertThat(verified.get("holderName").asString()).as("an organisation keeps its name")
                .isEqualTo("杭州西湖味道餐饮有限公司");
        assertThat(jdbc.sql("SELECT document_state FROM licence WHERE number = ?").param(licence)
                .query(String.class).single()).isEqualTo("ISSUED");
    }

    JsonNode verify(String number, String code, int expected) throws Exception {
        return JSON.readTree(verifyBody(number, code, expected));
    }

    String verifyBody(String number, String code, int expected) throws Exception {
        MvcResult result = mvc.perform(get("/api/review/v1/licences/" + number + (code == null ? "" : "?code=" + code)))
                .andExpect(status().is(expected))
                .andReturn();
        if (expected == 200) {
            assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
        }
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static String withoutInstance(String problem) {
        return problem.replaceAll("\"instance\":\"[^\"]*\",?", "").replaceAll("\"(traceId|timestamp)\":\"[^\"]*\",?", "");
    }

    byte[] read(String key) throws Exception {
        try (ObjectContent content = store.get(key); InputStream in = content.stream()) {
            return in.readAllBytes();
        }
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static String codeIn(String text) {
        Matcher m = CODE.matcher(text);
        assertThat(m.find()).as("a 防伪码 printed on the licence").isTrue();
        return m.group();
    }

    static ApplicationAccepted organisationAccepted(String caseNumber) {
        LocalDate day = LocalDate.of(2026, 3, 2);
        return new ApplicationAccepted(caseNumber, "330100-SP-001", 3, "食品经营许可", "3301", Channel.WINDOW,
                new ApplicationAccepted.Applicant(ApplicationAccepted.ApplicantKind.ORGANISATION, "杭州西湖味道餐饮有限公司",
                        "9133************5X", "applicant-2"),
                null, "clerk-1", day.atTime(10, 0).atOffset(ZoneOffset.ofHours(8)), day, false, List.of(), false, 10, 20,
                new Route(RouteMode.PARALLEL, true, List.of("MARKET")), "MARKET", "MARKET-SUPERVISION");
    }
}

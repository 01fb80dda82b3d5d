package org.onewindow.intake.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventSchemas;
import org.onewindow.contracts.intake.ResultDelivered;
import org.onewindow.contracts.review.LicenceIssued;
import org.onewindow.intake.ApplicationBody;
import org.onewindow.intake.CatalogEvents;
import org.onewindow.intake.IntakeIntegrationSupport;
import org.onewindow.intake.documents.application.DocumentJobs;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.objectstore.ObjectStore;
import org.onewindow.platform.objectstore.ObjectSummary;
import org.onewindow.platform.objectstore.S3ObjectStore;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

/**
 * Issue 11 item 7, intake's end, on the embedded PostgreSQL, Kafka and S3 store: review's {@code LicenceIssued}
 * (its PDF put under review's prefix, as review does) becomes an ACCEPTED licence document of the case that the
 * holder lists and downloads and a stranger does not reach; intake's cleaners never touch review's object; an
 * unknown case is skipped; the applicant is told once; the ELECTRONIC delivery's event references the document.
 */
@OneWindowTest
@AutoConfigureMockMvc
class LicenceDocumentIntegrationTest extends IntakeIntegrationSupport {

    private static final String ITEM = "330100-LIC-001";
    private static final SeededFiles FILES = SeededFiles.printingSeed("LicenceDocumentIntegrationTest");

    @Autowired
    ObjectStore store;

    @Autowired
    DocumentJobs jobs;

    /** Review's view of the same bucket: what review's LicenceService writes through. */
    private S3ObjectStore reviewStore;

    @BeforeEach
    void setUp() {
        reviewStore = S3ObjectStore.create(((S3ObjectStore) store).settings().withPrefix("review/"));
        catalogPublished(ITEM, 1, CatalogEvents.original("M1", "申请书"));
    }

    @AfterEach
    void closeReviewStore() {
        reviewStore.close();
    }

    private String submittedAndApproved(String applicantUserId, String licenceNumber) throws Exception {
        String caseNumber = caseNumberOf(submitted(ApplicationBody.forItem(ITEM).provided("M1")
                .forApplicant(applicantUserId)));
        reviewedAndApproved(caseNumber, ITEM, 1, licenceNumber, applicantUserId,
                LocalDate.now(ChinaTime.ZONE).plusDays(10));
        return caseNumber;
    }

    private static LicenceIssued issued(String caseNumber, String licenceNumber, String key, byte[] pdf)
            throws Exception {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        return new LicenceIssued(caseNumber, licenceNumber, ITEM, today, today.plusYears(5), key, SeededFiles.sha256(pdf),
                pdf.length, "application/pdf", licenceNumber + ".pdf", OffsetDateTime.now());
    }

    @Test
    void the_issued_licence_is_the_holders_document_untouched_by_the_cleaners_and_referenced_by_the_delivery()
            throws Exception {
        String licenceNumber = "JY-LIC-" + Math.abs(FILES.random().nextInt(1_000_000));
        String caseNumber = submittedAndApproved("holder-1", licenceNumber);
        byte[] pdf = FILES.pdf(150_000);
        String key = "licences/" + licenceNumber + ".pdf";
        reviewStore.put(key, new ByteArrayInputStream(pdf), pdf.length, "application/pdf");
        assertThat(store.exists(key)).as("intake's own store does not see review's prefix").isFalse();

        // an unknown case first: skipped (logged), and the consumer goes on to the next event
        String unknown = caseNumber.substring(0, caseNumber.length() - 1)
                + (caseNumber.endsWith("9") ? "8" : "9");
        String unknownEvent = KafkaTestSupport.publish(topics.topicOf(LicenceIssued.class),
                issued(unknown, "JY-UNKNOWN-1", "licences/JY-UNKNOWN-1.pdf", pdf));
        send(issued(caseNumber, licenceNumber, key, pdf));
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM document WHERE case_number = ? AND kind = 'LICENCE'",
                caseNumber) == 1);
        // announced again under a new event id (not the inbox's duplicate): still one document, one message
        String again = KafkaTestSupport.publish(topics.topicOf(LicenceIssued.class),
                issued(caseNumber, licenceNumber, key, pdf));
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM inbox WHERE event_id IN (?, ?)", unknownEvent,
                again) == 2);
        assertThat(count("SELECT count(*) FROM document WHERE case_number = ?", unknown)).isZero();
        assertThat(count("SELECT count(*) FROM dead_letter WHERE event_id IN (?, ?)", unknownEvent, again))
                .as("an unknown case is skipped, never a dead letter").isZero();
        assertThat(count("SELECT count(*) FROM document WHERE case_number = ? AND kind = 'LICENCE'", caseNumber))
                .isEqualTo(1);

        // listed and downloaded by the holder, with the same bytes and hash
        JsonNode listed = json(mvc.perform(get("/api/intake/v1/applications/{n}/documents", caseNumber)
                        .header("Authorization", applicant("holder-1")))
                .andExpect(status().isOk()));
        JsonNode licence = null;
        for (JsonNode d : listed.isArray() ? listed : listed.get("documents")) {
            if ("LICENCE".equals(d.get("materialCode").asString())) {
                licence = d;
            }
        }
        assertThat(licence).as("the licence is listed: " + listed).isNotNull();
        assertThat(licence.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(licence.get("type").asString()).isEqualTo("PDF");
        assertThat(licence.get("kind").asString()).isEqualTo("LICENCE");
        assertThat(licence.get("sha256").asString()).isEqualTo(SeededFiles.sha256(pdf));
        assertThat(licence.get("sizeBytes").asLong()).isEqualTo(pdf.length);
        String documentId = licence.get("documentId").asString();
        byte[] downloaded = mvc.perform(get(licence.get("content").asString())
                        .header("Authorization", applicant("holder-1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        assertThat(SeededFiles.sha256(downloaded)).isEqualTo(SeededFiles.sha256(pdf));
        assertThat(count("SELECT count(*) FROM personal_data_read WHERE subject = ? AND purpose = ?", caseNumber,
                "intake.document.download")).as("the holder reading their own case is no staff read").isZero();

        // a stranger, and a reviewer now that the case is decided, get the 404 of an unknown case
        mvc.perform(get(licence.get("content").asString()).header("Authorization", applicant("someone-else")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/intake/v1/applications/{n}/documents", caseNumber)
                        .header("Authorization", applicant("someone-else")))
                .andExpect(status().isNotFound());
        mvc.perform(get(licence.get("content").asString())
                        .header("Authorization", TestTokens.bearer("reviewer-m", Set.of("REVIEWER"), "MARKET", null)))
                .andExpect(status().isNotFound());
        // the supervising department's supervisor, after approval, does
        mvc.perform(get(licence.get("content").asString()).header("Authorization",
                        TestTokens.bearer("supervisor-1", Set.of("SUPERVISOR"), "MARKET-SUPERVISION", null)))
                .andExpect(status().isOk());
        assertThat(count("SELECT count(*) FROM personal_data_read WHERE subject = ? AND purpose = ? AND reader_id = ?",
                caseNumber, "intake.document.download", "supervisor-1")).as("查询留痕 as for any document").isEqualTo(1);

        // told once, with the licence number
        assertThat(count("SELECT count(*) FROM applicant_message WHERE case_number = ? AND kind = 'LICENCE_ISSUED'",
                caseNumber)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT body FROM applicant_message WHERE case_number = ? AND kind = 'LICENCE_ISSUED'")
                .param(caseNumber).query(String.class).single()).contains(licenceNumber);

        // intake's cleaners list intake's prefix only: review's object stays, and so does the download
        jobs.removeOrphans();
        jobs.removeDrafts();
        assertThat(store.list("").map(ObjectSummary::key).toList()).doesNotContain(key);
        assertThat(reviewStore.exists(key)).as("review's licence object survives intake's cleaners").isTrue();
        mvc.perform(get(licence.get("content").asString()).header("Authorization", applicant("holder-1")))
                .andExpect(status().isOk());

        // the ELECTRONIC delivery references the licence document
        mvc.perform(post("/api/intake/v1/applications/{n}/deliveries", caseNumber).header("Authorization", clerk())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"method\":\"ELECTRONIC\"}"))
                .andExpect(status().isCreated());
        ConsumerRecord<String, String> record = KafkaTestSupport.awaitEvents(topics.topicOf(ResultDelivered.class),
                caseNumber, ResultDelivered.class, 1, WAIT).getFirst();
        assertThat(EventSchemas.validate(ResultDelivered.class, record.value())).isEmpty();
        ResultDelivered delivered = JSON.readValue(record.value(), ResultDelivered.class);
        assertThat(delivered.method()).isEqualTo(ResultDelivered.DeliveryMethod.ELECTRONIC);
        assertThat(delivered.reference()).isEqualTo(licenceNumber);
        assertThat(delivered.licenceDocumentId()).isEqualTo(UUID.fromString(documentId));
        assertThat(delivered.licenceSha256()).isEqualTo(SeededFiles.sha256(pdf));
    }
}

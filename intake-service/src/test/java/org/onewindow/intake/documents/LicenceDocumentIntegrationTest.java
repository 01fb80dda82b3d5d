package org.onewindow.intake.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventSchemas;
import org.onewindow.contracts.catalog.CentreLevel;
import org.onewindow.contracts.catalog.Channel;
import org.onewindow.contracts.catalog.ItemVersionChanged;
import org.onewindow.contracts.catalog.ItemVersionChanged.ItemStatus;
import org.onewindow.contracts.catalog.Route;
import org.onewindow.contracts.catalog.RouteMode;
import org.onewindow.contracts.catalog.ServiceCentreChanged;
import org.onewindow.contracts.intake.ResultDelivered;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.LicenceIssued;
import org.onewindow.contracts.review.Outcome;
import org.onewindow.contracts.review.ReviewCaseOpened;
import org.onewindow.intake.documents.application.DocumentJobs;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.kernel.ResidentId;
import org.onewindow.platform.messaging.TopicNames;
import org.onewindow.platform.objectstore.ObjectStore;
import org.onewindow.platform.objectstore.ObjectSummary;
import org.onewindow.platform.objectstore.S3ObjectStore;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11 item 7, intake's end, on the embedded PostgreSQL, Kafka and S3 store: review's {@code LicenceIssued}
 * (its PDF put under review's prefix, as review does) becomes an ACCEPTED licence document of the case that the
 * holder lists and downloads and a stranger does not reach; intake's cleaners never touch review's object; an
 * unknown case is skipped; the applicant is told once; the ELECTRONIC delivery's event references the document.
 */
@OneWindowTest
@AutoConfigureMockMvc
class LicenceDocumentIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ITEM = "330100-LIC-001";
    private static final String CENTRE = "C-CITY-01";
    private static final String VALID_ID = "11010519491231002" + ResidentId.checkCharacter("11010519491231002");
    private static final long SEED = System.nanoTime();
    private static final Random RANDOM = new Random(SEED);

    static {
        System.out.println("LicenceDocumentIntegrationTest seed: " + SEED);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TopicNames topics;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectStore store;

    @Autowired
    DocumentJobs jobs;

    /** Review's view of the same bucket: what review's LicenceService writes through. */
    private S3ObjectStore reviewStore;

    @BeforeEach
    void setUp() {
        reviewStore = S3ObjectStore.create(((S3ObjectStore) store).settings().withPrefix("review/"));
        if (jdbc.sql("SELECT count(*) FROM catalog_item WHERE item_code = ?").param(ITEM).query(Long.class).single() > 0) {
            return;
        }
        send(new ServiceCentreChanged(CENTRE, "市民中心", CentreLevel.CITY, null, true, OffsetDateTime.now()));
        send(new ItemVersionChanged(ITEM, 1, "330100-LIC", "330100-LIC-001-01", "食品经营许可",
                ItemVersionChanged.ItemType.ADMINISTRATIVE_LICENSING, "《食品安全法》第三十五条", "MARKET", "MARKET-LICENSING",
                "MARKET-SUPERVISION", List.of(), List.of("有与经营相适应的场所"),
                List.of(new ItemVersionChanged.Material("M1", "申请书", true, 1, 0, false, null)),
                10, 20, false, List.of(), new Route(RouteMode.PARALLEL, true, List.of("MARKET")),
                List.of(Channel.WINDOW, Channel.ONLINE), ItemVersionChanged.ResultType.LICENCE, 1, ItemStatus.PUBLISHED,
                LocalDate.of(2025, 1, 1), null, OffsetDateTime.now(), "admin", "initial"));
        await().atMost(Duration.ofSeconds(60)).until(() ->
                jdbc.sql("SELECT count(*) FROM catalog_item WHERE item_code = ?").param(ITEM).query(Long.class).single() > 0
                        && jdbc.sql("SELECT count(*) FROM service_centre WHERE code = ?").param(CENTRE).query(Long.class).single() > 0);
    }

    @AfterEach
    void closeReviewStore() {
        reviewStore.close();
    }

    private void send(DomainEvent event) {
        KafkaTestSupport.publish(topics.topicOf(event.getClass()), event, UUID.randomUUID().toString());
    }

    private static String clerk() {
        return TestTokens.bearer("clerk-1", Set.of("WINDOW_CLERK"), null, CENTRE);
    }

    private static String applicant(String user) {
        return TestTokens.bearer(user, Set.of("APPLICANT"), null, null);
    }

    private String submittedAndApproved(String applicantUserId, String licenceNumber) throws Exception {
        String body = """
                {"itemCode":"%s","applicant":{"kind":"PERSON","name":"张三","idNumber":"%s","phone":"13812345678"},
                 "materials":[{"code":"M1","provided":true}],"applicantUserId":"%s"}""".formatted(ITEM, VALID_ID,
                applicantUserId);
        String caseNumber = JSON.readTree(mvc.perform(post("/api/intake/v1/applications").header("Authorization", clerk())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .get("application").get("caseNumber").asString();
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        send(new ReviewCaseOpened(caseNumber, ITEM, RouteMode.PARALLEL,
                List.of(new ReviewCaseOpened.Task(UUID.randomUUID(), "MARKET", 1)), today.plusDays(14),
                today.plusDays(28), OffsetDateTime.now()));
        send(new DecisionMade(caseNumber, ITEM, 1, "食品经营许可", Outcome.APPROVED, licenceNumber, today,
                today.plusYears(5), List.of(), OffsetDateTime.now(), "MARKET", "MARKET-SUPERVISION", "张三",
                "110***********002X", List.of("r-1", "c-1"), applicantUserId, today.plusDays(10), false));
        await().atMost(WAIT).until(() -> "DECIDED".equals(jdbc.sql("SELECT status FROM application WHERE case_number = ?")
                .param(caseNumber).query(String.class).single()));
        return caseNumber;
    }

    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        RANDOM.nextBytes(bytes);
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static LicenceIssued issued(String caseNumber, String licenceNumber, String key, byte[] pdf)
            throws Exception {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        return new LicenceIssued(caseNumber, licenceNumber, ITEM, today, today.plusYears(5), key, sha256(pdf),
                pdf.length, "application/pdf", licenceNumber + ".pdf", OffsetDateTime.now());
    }

    @Test
    void the_issued_licence_is_the_holders_document_untouched_by_the_cleaners_and_referenced_by_the_delivery()
            throws Exception {
        String licenceNumber = "JY-LIC-" + Math.abs(RANDOM.nextInt(1_000_000));
        String caseNumber = submittedAndApproved("holder-1", licenceNumber);
        byte[] pdf = pdf(150_000);
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
        JsonNode listed = JSON.readTree(mvc.perform(get("/api/intake/v1/applications/{n}/documents", caseNumber)
                        .header("Authorization", applicant("holder-1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
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
        assertThat(licence.get("sha256").asString()).isEqualTo(sha256(pdf));
        assertThat(licence.get("sizeBytes").asLong()).isEqualTo(pdf.length);
        String documentId = licence.get("documentId").asString();
        byte[] downloaded = mvc.perform(get(licence.get("content").asString())
                        .header("Authorization", applicant("holder-1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        assertThat(sha256(downloaded)).isEqualTo(sha256(pdf));
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
        assertThat(delivered.licenceSha256()).isEqualTo(sha256(pdf));
    }
}

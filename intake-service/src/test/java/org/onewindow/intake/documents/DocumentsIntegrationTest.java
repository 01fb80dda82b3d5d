package org.onewindow.intake.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventSchemas;
import org.onewindow.contracts.intake.MaterialsUpdated;
import org.onewindow.intake.ApplicationBody;
import org.onewindow.intake.CatalogEvents;
import org.onewindow.intake.IntakeIntegrationSupport;
import org.onewindow.intake.documents.application.DocumentJobs;
import org.onewindow.platform.objectstore.ObjectStore;
import org.onewindow.platform.objectstore.ObjectSummary;
import org.onewindow.platform.test.Concurrently;
import org.onewindow.platform.test.EmbeddedObjectStore;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import tools.jackson.databind.JsonNode;

/**
 * Issue 11 on the embedded PostgreSQL, Kafka and S3 store: upload (types from the bytes, limits, duplicates, a
 * material not asked for), the pre-review loop through the one-time notice to acceptance, who reads, the store down,
 * chunked uploads, and the orphan and draft jobs. Files are generated with a printed seed.
 */
@OneWindowTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "onewindow.intake.documents.max-file-size=3MB", "onewindow.intake.documents.max-request-size=4MB",
        "onewindow.intake.documents.max-chunk-size=1MB"})
@AutoConfigureMockMvc
class DocumentsIntegrationTest extends IntakeIntegrationSupport {

    private static final String ITEM = "330100-DOC-001";
    private static final SeededFiles FILES = SeededFiles.printingSeed("DocumentsIntegrationTest");

    @Autowired
    ObjectStore store;

    @Autowired
    DocumentJobs jobs;

    @LocalServerPort
    int port;

    private static String reviewer(String department) {
        return TestTokens.bearer("reviewer-" + department, Set.of("REVIEWER"), department, null);
    }

    @BeforeEach
    void catalogPublished() {
        catalogPublished(ITEM, 1, CatalogEvents.original("M1", "经营场所平面图"), CatalogEvents.copy("M2", "营业执照"));
    }

    /** A case at the notice stage (M1 not handed in, M2 handed in on paper) for {@code applicantUserId}. */
    private String caseWaitingForM1(String applicantUserId) throws Exception {
        JsonNode created = submitted(ApplicationBody.forItem(ITEM).missing("M1").provided("M2")
                .forApplicant(applicantUserId));
        assertThat(created.get("application").get("status").asString()).isEqualTo("NOTICE_ISSUED");
        return caseNumberOf(created);
    }

    private static byte[] pdf(int size) {
        return FILES.pdf(size);
    }

    private JsonNode upload(String caseNumber, String material, String name, byte[] bytes, String token, int expected)
            throws Exception {
        return json(mvc.perform(multipart("/api/intake/v1/applications/{n}/materials/{m}/documents", caseNumber,
                        material).file(new MockMultipartFile("file", name, "application/pdf", bytes))
                        .header("Authorization", token))
                .andExpect(status().is(expected)));
    }

    private long rows(String caseNumber) {
        return jdbc.sql("SELECT count(*) FROM document WHERE case_number = ?").param(caseNumber).query(Long.class).single();
    }

    private List<String> objects(String caseNumber) {
        return store.list("documents/" + caseNumber + "/").map(ObjectSummary::key).toList();
    }

    @Test
    void a_pdf_is_stored_with_its_hash_announced_by_reference_and_downloaded_as_it_was() throws Exception {
        String caseNumber = caseWaitingForM1("applicant-pdf");
        byte[] file = pdf(300_000);

        JsonNode document = upload(caseNumber, "M1", "张三 平面图.pdf", file, applicant("applicant-pdf"), 201);

        assertThat(document.get("type").asString()).isEqualTo("PDF");
        assertThat(document.get("sha256").asString()).isEqualTo(SeededFiles.sha256(file));
        assertThat(document.get("sizeBytes").asLong()).isEqualTo(file.length);
        assertThat(document.get("status").asString()).isEqualTo("UPLOADED");
        assertThat(document.get("version").asInt()).isEqualTo(1);
        byte[] downloaded = mvc.perform(get(document.get("content").asString()).header("Authorization", clerk()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("attachment;"),
                        org.hamcrest.Matchers.containsString(
                                "filename*=UTF-8''%E5%BC%A0%E4%B8%89%20%E5%B9%B3%E9%9D%A2%E5%9B%BE.pdf"))))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(file);

        ConsumerRecord<String, String> event = KafkaTestSupport.awaitEvents(topics.topicOf(MaterialsUpdated.class),
                caseNumber, MaterialsUpdated.class, 1, WAIT).getFirst();
        assertThat(EventSchemas.validate(MaterialsUpdated.class, event.value())).isEmpty();
        assertThat(event.value()).contains(SeededFiles.sha256(file)).doesNotContain("平面图").doesNotContain("张三");
        assertThat(jdbc.sql("SELECT count(*) FROM personal_data_read WHERE subject = ? AND purpose = ?")
                .params(caseNumber, "intake.document.download").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_jpeg_named_pdf_is_taken_as_a_jpeg_and_an_exe_named_pdf_is_refused_naming_the_material() throws Exception {
        String caseNumber = caseWaitingForM1("applicant-types");

        JsonNode jpeg = upload(caseNumber, "M1", "scan.pdf", FILES.jpeg(50_000), clerk(), 201);
        assertThat(jpeg.get("type").asString()).isEqualTo("JPEG");
        assertThat(jpeg.get("mediaType").asString()).isEqualTo("image/jpeg");
        assertThat(jpeg.get("fileName").asString()).isEqualTo("scan.jpg");

        JsonNode refused = upload(caseNumber, "M2", "licence.pdf", FILES.exe(50_000), clerk(), 422);
        assertThat(refused.get("errors").get(0).get("rule").asString()).isEqualTo("intake.document-type-not-allowed");
        assertThat(refused.get("errors").get(0).get("message").asString()).contains("M2");
        assertThat(rows(caseNumber)).isEqualTo(1);
        assertThat(objects(caseNumber)).hasSize(1);
    }

    @Test
    void a_material_the_item_does_not_ask_for_is_refused_by_name_and_the_same_content_twice_is_one_document()
            throws Exception {
        String caseNumber = caseWaitingForM1("applicant-dup");

        JsonNode refused = upload(caseNumber, "M9", "x.pdf", pdf(1_000), clerk(), 422);
        assertThat(refused.get("errors").get(0).get("rule").asString()).isEqualTo("intake.document-material-not-asked");
        assertThat(refused.get("errors").get(0).get("message").asString()).contains("M9");

        byte[] file = pdf(20_000);
        JsonNode first = upload(caseNumber, "M1", "a.pdf", file, clerk(), 201);
        JsonNode again = upload(caseNumber, "M1", "b.pdf", file, applicant("applicant-dup"), 200);
        assertThat(again.get("documentId").asString()).isEqualTo(first.get("documentId").asString());
        assertThat(rows(caseNumber)).isEqualTo(1);
        assertThat(objects(caseNumber)).hasSize(1);
    }

    @Test
    void an_oversized_file_is_refused_by_tomcat_before_anything_is_stored() throws Exception {
        String caseNumber = caseWaitingForM1("applicant-big");
        String boundary = "----onewindow" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(pdf(3 * 1024 * 1024 + 10));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + "/api/intake/v1/applications/" + caseNumber + "/materials/M1/documents"))
                .header("Authorization", clerk()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(rows(caseNumber)).isZero();
        assertThat(objects(caseNumber)).isEmpty();
    }

    @Test
    void a_defect_reaches_the_notice_the_replacement_is_accepted_and_the_case_with_it() throws Exception {
        String caseNumber = caseWaitingForM1("applicant-loop");
        String first = upload(caseNumber, "M1", "plan.pdf", pdf(10_000), applicant("applicant-loop"), 201)
                .get("documentId").asString();

        mvc.perform(post("/api/intake/v1/applications/{n}/documents/{id}/pre-review", caseNumber, first)
                        .header("Authorization", clerk()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"DEFECTIVE\",\"reason\":\"平面图未标注尺寸\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DEFECTIVE"));
        mvc.perform(get("/api/intake/v1/applications/{n}", caseNumber).header("Authorization", applicant("applicant-loop")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOTICE_ISSUED"))
                .andExpect(jsonPath("$.receipt.missing[0].materialCode").value("M1"))
                .andExpect(jsonPath("$.receipt.missing[0].problem").value("DEFECTIVE"))
                .andExpect(jsonPath("$.receipt.missing[0].note").value("平面图未标注尺寸"));

        String second = upload(caseNumber, "M1", "plan-v2.pdf", pdf(12_000), applicant("applicant-loop"), 201)
                .get("documentId").asString();
        mvc.perform(post("/api/intake/v1/applications/{n}/documents/{id}/pre-review", caseNumber, first)
                        .header("Authorization", clerk()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"ACCEPTED\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/intake/v1/applications/{n}/documents/{id}/pre-review", caseNumber, second)
                        .header("Authorization", clerk()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"ACCEPTED\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));

        assertThat(statusOf(caseNumber)).isEqualTo("ACCEPTED");
        mvc.perform(get("/api/intake/v1/applications/{n}/materials/M1/documents", caseNumber)
                        .header("Authorization", applicant("applicant-loop")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].status").value("DEFECTIVE"))
                .andExpect(jsonPath("$[1].status").value("ACCEPTED"));
        assertThat(KafkaTestSupport.awaitEvents(topics.topicOf(MaterialsUpdated.class), caseNumber, MaterialsUpdated.class,
                4, WAIT)).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void reviewers_of_the_case_read_its_documents_an_uninvolved_department_and_another_applicant_get_404()
            throws Exception {
        String caseNumber = caseWaitingForM1("applicant-scope");
        String id = upload(caseNumber, "M1", "plan.pdf", pdf(5_000), clerk(), 201).get("documentId").asString();
        mvc.perform(post("/api/intake/v1/applications/{n}/documents/{id}/pre-review", caseNumber, id)
                .header("Authorization", clerk()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"ACCEPTED\"}")).andExpect(status().isOk());
        reviewOpened(caseNumber, ITEM, LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 31));
        awaitStatus(caseNumber, "IN_REVIEW");

        mvc.perform(get("/api/intake/v1/applications/{n}/documents/{id}/content", caseNumber, id)
                .header("Authorization", reviewer("MARKET"))).andExpect(status().isOk());
        mvc.perform(get("/api/intake/v1/applications/{n}/documents/{id}/content", caseNumber, id)
                .header("Authorization", reviewer("HEALTH"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/intake/v1/applications/{n}/documents", caseNumber)
                .header("Authorization", applicant("someone-else"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/intake/v1/applications/{n}/documents", caseNumber)
                        .header("Authorization", TestTokens.bearer("supervisor-1", Set.of("SUPERVISOR"), "MARKET", null)))
                .andExpect(status().isNotFound());
    }

    @Test
    void with_the_store_down_an_upload_is_503_and_leaves_no_row_and_no_object() throws Exception {
        String caseNumber = caseWaitingForM1("applicant-down");
        EmbeddedObjectStore s3 = EmbeddedObjectStore.shared();
        s3.stop();
        try {
            JsonNode problem = upload(caseNumber, "M1", "plan.pdf", pdf(200_000), clerk(), 503);
            assertThat(problem.toString()).contains("503");
        } finally {
            s3.start();
        }
        assertThat(rows(caseNumber)).isZero();
        assertThat(objects(caseNumber)).isEmpty();
        upload(caseNumber, "M1", "plan.pdf", pdf(2_000), clerk(), 201); // and it works again
    }

    @Test
    void a_large_file_arrives_in_chunks_and_becomes_one_document() throws Exception {
        String caseNumber = caseWaitingForM1("applicant-chunks");
        byte[] file = pdf(2_500_000);
        JsonNode started = json(mvc.perform(post("/api/intake/v1/applications/{n}/materials/M1/uploads", caseNumber)
                        .header("Authorization", applicant("applicant-chunks")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fileName\":\"plan.pdf\",\"totalBytes\":" + file.length + "}"))
                .andExpect(status().isCreated()));
        String location = started.get("location").asString();
        int chunk = 1_000_000;
        for (int first = 0; first < file.length; first += chunk) {
            int last = Math.min(file.length, first + chunk) - 1;
            mvc.perform(put(location).header("Authorization", applicant("applicant-chunks"))
                            .header("Content-Range", "bytes " + first + "-" + last + "/" + file.length)
                            .contentType(MediaType.APPLICATION_OCTET_STREAM)
                            .content(Arrays.copyOfRange(file, first, last + 1)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.receivedBytes").value(last + 1));
        }
        mvc.perform(put(location).header("Authorization", applicant("applicant-chunks"))
                        .header("Content-Range", "bytes 0-9/" + file.length)
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(Arrays.copyOfRange(file, 0, 10)))
                .andExpect(status().isOk()); // a chunk sent again is acknowledged, not stored twice
        mvc.perform(get(location).header("Authorization", applicant("someone-else"))).andExpect(status().isNotFound());

        String prefix = jdbc.sql("SELECT object_prefix FROM upload_session WHERE case_number = ?").param(caseNumber)
                .query(String.class).single();
        assertThat(store.list(prefix).toList()).hasSize(3);
        JsonNode document = json(mvc.perform(post(location + "/commit")
                        .header("Authorization", applicant("applicant-chunks")))
                .andExpect(status().isCreated()));

        assertThat(document.get("sha256").asString()).isEqualTo(SeededFiles.sha256(file));
        assertThat(document.get("sizeBytes").asLong()).isEqualTo(file.length);
        assertThat(store.list(prefix).toList()).as("the chunks are removed after the commit").isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM upload_session WHERE case_number = ?").param(caseNumber)
                .query(Long.class).single()).isZero();
        byte[] downloaded = mvc.perform(get(document.get("content").asString())
                .header("Authorization", applicant("applicant-chunks"))).andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(file);
    }

    @Test
    void the_orphan_cleaner_removes_old_unreferenced_objects_and_the_draft_cleaner_uploads_never_committed()
            throws Exception {
        String caseNumber = caseWaitingForM1("applicant-jobs");
        String kept = upload(caseNumber, "M1", "plan.pdf", pdf(3_000), clerk(), 201).get("documentId").asString();
        String orphan = "documents/" + caseNumber + "/1000-" + UUID.randomUUID();
        String young = "documents/" + caseNumber + "/" + Instant.now().toEpochMilli() + "-" + UUID.randomUUID();
        store.put(orphan, new java.io.ByteArrayInputStream(pdf(100)), 100, "application/pdf");
        store.put(young, new java.io.ByteArrayInputStream(pdf(100)), 100, "application/pdf");

        JsonNode draft = json(mvc.perform(post("/api/intake/v1/applications/{n}/materials/M2/uploads", caseNumber)
                        .header("Authorization", clerk()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fileName\":\"licence.pdf\",\"totalBytes\":2000}"))
                .andExpect(status().isCreated()));
        mvc.perform(put(draft.get("location").asString()).header("Authorization", clerk())
                .header("Content-Range", "bytes 0-999/2000").contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(pdf(1000))).andExpect(status().isOk());
        String prefix = jdbc.sql("SELECT object_prefix FROM upload_session WHERE case_number = ?").param(caseNumber)
                .query(String.class).single();
        jdbc.sql("UPDATE upload_session SET created_at = now() - interval '31 days' WHERE case_number = ?")
                .param(caseNumber).update();

        assertThat(jobs.removeOrphans()).isGreaterThanOrEqualTo(1);
        assertThat(store.exists(orphan)).isFalse();
        assertThat(store.exists(young)).as("younger than the grace period").isTrue();
        assertThat(store.list(prefix).toList()).as("a live session's chunks are not orphans").hasSize(1);
        assertThat(jdbc.sql("SELECT object_key FROM document WHERE id = ?").param(UUID.fromString(kept))
                .query(String.class).single()).satisfies(key -> assertThat(store.exists(key)).isTrue());

        // two instances' rounds at the same moment: one holds the advisory lock and removes, the other skips (-1) or
        // comes after and finds nothing left
        assertThat(Concurrently.twice(jobs::removeDrafts)).filteredOn(removed -> removed >= 1).hasSize(1);
        assertThat(store.list(prefix).toList()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM upload_session WHERE case_number = ?").param(caseNumber)
                .query(Long.class).single()).isZero();
        store.delete(young);
    }
}

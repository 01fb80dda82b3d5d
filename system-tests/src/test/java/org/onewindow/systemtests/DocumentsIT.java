package org.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.onewindow.systemtests.support.Gateway;
import org.onewindow.systemtests.support.Json;
import org.onewindow.systemtests.support.Reply;
import org.onewindow.systemtests.support.StackTest;
import org.onewindow.systemtests.support.Submissions;

import tools.jackson.databind.JsonNode;

/**
 * Issue 11 through the gateway: a window clerk takes an application with scanned materials: multi-megabyte PDF
 * up and down (streamed through the gateway), a JPEG named .pdf, an EXE named .pdf, an oversized file, a material
 * the item does not ask for, and the pre-review loop (defect → notice → replacement → accepted → case accepted).
 */
@Order(9)
class DocumentsIT extends StackTest {

    private static final long SEED = System.nanoTime();
    private static final Random RANDOM = new Random(SEED);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static {
        System.out.println("DocumentsIT seed: " + SEED);
    }

    private static byte[] file(int size, byte... magic) {
        byte[] bytes = new byte[size];
        RANDOM.nextBytes(bytes);
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    private static byte[] pdf(int size) {
        return file(size, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    }

    private HttpResponse<byte[]> upload(String caseNumber, String material, String name, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----onewindow" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(gateway.base().resolve("/api/intake/v1/applications/" + caseNumber
                                + "/materials/" + material + "/documents"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + gateway.token(Gateway.CLERK))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * 21 MB against the 20 MB limit: intake answers 413 before storing anything, but it may close the connection while
     * the client is still sending, which the client sees as an I/O error; either way nothing may be stored.
     */
    private void assertOversizedRefused(String caseNumber) throws Exception {
        try {
            assertThat(upload(caseNumber, "ID-DOC", "huge.pdf", pdf(21 * 1024 * 1024)).statusCode()).isEqualTo(413);
        } catch (IOException closedWhileSending) {
            // refused by closing the connection: checked below like a 413
        }
        Reply listed = gateway.get(Gateway.CLERK, "/api/intake/v1/applications/" + caseNumber
                + "/materials/ID-DOC/documents");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.toString()).doesNotContain("huge.pdf");
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return Json.parse(new String(response.body(), StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void a_clerk_takes_an_application_with_scanned_materials_through_the_gateway() throws Exception {
        Reply submitted = lifecycle.submit(Gateway.CLERK, Submissions.of(Submissions.FOOD_BIZ_LICENCE)
                .missing("PREMISES-PROOF")); // not deferrable (LAYOUT-PLAN is 容缺: accepted without it)
        String caseNumber = submitted.string("application.caseNumber");
        assertThat(submitted.string("application.status")).isEqualTo("NOTICE_ISSUED");

        byte[] plan = pdf(6 * 1024 * 1024);
        HttpResponse<byte[]> stored = upload(caseNumber, "PREMISES-PROOF", "场所证明.pdf", plan);
        assertThat(stored.statusCode()).as(new String(stored.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        JsonNode document = json(stored);
        assertThat(Json.string(document.path("sha256"))).isEqualTo(sha256(plan));
        HttpResponse<byte[]> downloaded = http.send(HttpRequest.newBuilder(gateway.base().resolve(
                        Json.string(document.path("content"))))
                .header("Authorization", "Bearer " + gateway.token(Gateway.CLERK)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(downloaded.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        assertThat(sha256(downloaded.body())).isEqualTo(sha256(plan));

        HttpResponse<byte[]> jpeg = upload(caseNumber, "ID-DOC", "id.pdf", file(100_000, (byte) 0xFF, (byte) 0xD8,
                (byte) 0xFF));
        assertThat(jpeg.statusCode()).isEqualTo(201);
        assertThat(Json.string(json(jpeg).path("type"))).isEqualTo("JPEG");
        HttpResponse<byte[]> exe = upload(caseNumber, "ID-DOC", "setup.pdf", file(100_000, (byte) 'M', (byte) 'Z'));
        assertThat(exe.statusCode()).isEqualTo(422);
        assertThat(new String(exe.body(), StandardCharsets.UTF_8)).contains("intake.document-type-not-allowed");
        assertOversizedRefused(caseNumber);
        HttpResponse<byte[]> notAsked = upload(caseNumber, "NOT-ASKED", "x.pdf", pdf(1_000));
        assertThat(notAsked.statusCode()).isEqualTo(422);
        assertThat(new String(notAsked.body(), StandardCharsets.UTF_8)).contains("NOT-ASKED");

        String path = "/api/intake/v1/applications/" + caseNumber + "/documents/";
        Reply defect = gateway.post(Gateway.CLERK, path + Json.string(document.path("documentId")) + "/pre-review",
                Map.of("outcome", "DEFECTIVE", "reason", "场所证明未盖章"));
        assertThat(defect.status()).as("%s", defect).isEqualTo(200);
        Reply notice = gateway.get(Gateway.CLERK, "/api/intake/v1/applications/" + caseNumber);
        assertThat(notice.string("status")).isEqualTo("NOTICE_ISSUED");
        assertThat(notice.toString()).contains("场所证明未盖章");

        HttpResponse<byte[]> replacement = upload(caseNumber, "PREMISES-PROOF", "场所证明-2.pdf", pdf(2 * 1024 * 1024));
        assertThat(replacement.statusCode()).isEqualTo(201);
        assertThat(json(replacement).path("version").asInt()).isEqualTo(2);
        Reply accepted = gateway.post(Gateway.CLERK, path + Json.string(json(replacement).path("documentId"))
                + "/pre-review", Map.of("outcome", "ACCEPTED"));
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
        // the ID document uploaded above (the JPEG) counts once the clerk has accepted it too
        Reply idAccepted = gateway.post(Gateway.CLERK, path + Json.string(json(jpeg).path("documentId"))
                + "/pre-review", Map.of("outcome", "ACCEPTED"));
        assertThat(idAccepted.status()).as("%s", idAccepted).isEqualTo(200);
        assertThat(gateway.get(Gateway.CLERK, "/api/intake/v1/applications/" + caseNumber).string("status"))
                .isIn("ACCEPTED", "IN_REVIEW");
    }
}

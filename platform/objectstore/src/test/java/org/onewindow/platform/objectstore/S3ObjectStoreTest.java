package org.onewindow.platform.objectstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.EmbeddedObjectStore;

/** {@link S3ObjectStore} against the test JVM's embedded S3 server (S3Proxy, filesystem backend). */
class S3ObjectStoreTest {

    private static final EmbeddedObjectStore SERVER = EmbeddedObjectStore.shared();
    private static final String BUCKET = "objectstore-test";
    private static S3ObjectStore store;

    @BeforeAll
    static void createBucket() {
        store = S3ObjectStore.create(settings(SERVER.endpoint()).withPrefix("intake/"));
        store.createBucketIfMissing();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static S3Settings settings(URI endpoint) {
        return S3Settings.of(endpoint, BUCKET, EmbeddedObjectStore.ACCESS_KEY, EmbeddedObjectStore.SECRET_KEY);
    }

    private static String newKey() {
        return "documents/" + UUID.randomUUID();
    }

    @Test
    void storesAndReadsBackBytesTypeAndMetadataWithTheirSha256() throws Exception {
        byte[] bytes = "%PDF-1.7 a tiny document".getBytes(StandardCharsets.US_ASCII);
        String key = newKey();

        StoredObject stored = store.put(key, new ByteArrayInputStream(bytes), bytes.length, "application/pdf",
                Map.of("material", "ID-CARD"));

        assertThat(stored.key()).isEqualTo(key);
        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(stored.sha256()).isEqualTo(GeneratedContent.sha256(new ByteArrayInputStream(bytes)));
        assertThat(stored.etag()).isNotBlank().doesNotContain("\"");
        try (ObjectContent content = store.get(key)) {
            assertThat(content.stream().readAllBytes()).isEqualTo(bytes);
            assertThat(content.size()).isEqualTo(bytes.length);
            assertThat(content.contentType()).isEqualTo("application/pdf");
            assertThat(content.metadata()).containsEntry("material", "ID-CARD");
        }
        assertThat(store.exists(key)).isTrue();
    }

    @Test
    void streamsThirtyMegabytesOfUnknownLengthAsAMultipartUploadWithTheRightSha256() throws Exception {
        long size = 30L * 1024 * 1024 + 12_345; // four 8 MiB parts, the last one short
        long seed = System.nanoTime();
        System.out.println("multipart content seed=" + seed);
        String key = newKey();

        StoredObject stored = store.put(key, new GeneratedContent(seed, size), ObjectStore.UNKNOWN_LENGTH, null);

        assertThat(stored.size()).isEqualTo(size);
        assertThat(stored.sha256()).isEqualTo(GeneratedContent.sha256(seed, size));
        assertThat(stored.etag()).as("a multipart ETag names its part count").endsWith("-4");
        try (ObjectContent content = store.get(key)) {
            assertThat(content.size()).isEqualTo(size);
            assertThat(content.contentType()).isEqualTo("application/octet-stream");
            assertThat(GeneratedContent.sha256(content.stream())).isEqualTo(stored.sha256());
        }
    }

    @Test
    void aStreamShorterThanItsDeclaredLengthStoresNothing() {
        String small = newKey();
        assertThatThrownBy(() -> store.put(small, new GeneratedContent(1, 100), 101, "image/png"))
                .isInstanceOf(ObjectStoreException.class).hasMessageContaining("101 were declared");
        assertThat(store.exists(small)).isFalse();

        String large = newKey();
        long size = 9L * 1024 * 1024;
        assertThatThrownBy(() -> store.put(large, new GeneratedContent(2, size), size + 1, "image/png"))
                .isInstanceOf(ObjectStoreException.class);
        assertThat(store.exists(large)).as("the multipart upload was aborted, not completed").isFalse();
    }

    @Test
    void aFailingSourceStreamIsTheCallersErrorAndLeavesNoObject() {
        String key = newKey();
        InputStream failing = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ > 10 * 1024 * 1024) {
                    throw new IOException("client went away");
                }
                return 7;
            }
        };
        assertThatThrownBy(() -> store.put(key, failing, ObjectStore.UNKNOWN_LENGTH, null))
                .isInstanceOf(java.io.UncheckedIOException.class).hasRootCauseMessage("client went away");
        assertThat(store.exists(key)).isFalse();
    }

    @Test
    void listsKeysUnderAPrefixRelativeToTheServicePrefixWithLastModified() {
        String folder = "list-" + UUID.randomUUID() + "/";
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        for (String name : List.of("b", "a", "c/d")) {
            store.put(folder + name, new ByteArrayInputStream(new byte[] {1, 2, 3}), 3, null);
        }
        store.put("elsewhere-" + UUID.randomUUID(), new ByteArrayInputStream(new byte[] {1}), 1, null);

        List<ObjectSummary> listed = store.list(folder).toList();

        assertThat(listed).extracting(ObjectSummary::key).containsExactly(folder + "a", folder + "b", folder + "c/d");
        assertThat(listed).allSatisfy(o -> {
            assertThat(o.size()).isEqualTo(3);
            assertThat(o.lastModified()).isAfterOrEqualTo(before).isBeforeOrEqualTo(Instant.now().plusSeconds(5));
        });
    }

    @Test
    void prefixesKeepServicesApart() {
        String key = newKey();
        store.put(key, new ByteArrayInputStream(new byte[] {42}), 1, null);
        try (S3ObjectStore review = S3ObjectStore.create(settings(SERVER.endpoint()).withPrefix("review"))) {
            assertThat(review.exists(key)).isFalse();
            assertThatThrownBy(() -> review.get(key)).isInstanceOf(ObjectNotFoundException.class);
            assertThat(review.list("").map(ObjectSummary::key)).doesNotContain(key);
        }
    }

    @Test
    void deleteRemovesTheObjectAndIsIdempotent() {
        String key = newKey();
        store.put(key, new ByteArrayInputStream(new byte[] {1}), 1, null);

        store.delete(key);
        store.delete(key);

        assertThat(store.exists(key)).isFalse();
        assertThatThrownBy(() -> store.get(key)).isInstanceOf(ObjectNotFoundException.class)
                .extracting(e -> ((ObjectNotFoundException) e).key()).isEqualTo(key);
    }

    @Test
    void aStoreNobodyListensOnIsUnavailable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        S3Settings nowhere = settings(URI.create("http://127.0.0.1:" + port))
                .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(2));
        try (S3ObjectStore down = S3ObjectStore.create(nowhere)) {
            assertThatThrownBy(() -> down.put(newKey(), new ByteArrayInputStream(new byte[] {1}), 1, null))
                    .isInstanceOf(ObjectStoreUnavailableException.class);
            assertThatThrownBy(() -> down.get("any")).isInstanceOf(ObjectStoreUnavailableException.class);
            assertThatThrownBy(() -> down.exists("any")).isInstanceOf(ObjectStoreUnavailableException.class);
            assertThatThrownBy(() -> down.list("").toList()).isInstanceOf(ObjectStoreUnavailableException.class);
        }
    }

    @Test
    void theEmbeddedServerStopsAndRestartsWithItsObjects() throws Exception {
        String key = newKey();
        store.put(key, new ByteArrayInputStream(new byte[] {9, 9}), 2, null);
        int port = SERVER.port();
        SERVER.stop();
        try {
            assertThatThrownBy(() -> store.exists(key)).isInstanceOf(ObjectStoreUnavailableException.class);
        } finally {
            SERVER.start();
        }
        assertThat(SERVER.port()).isEqualTo(port);
        try (ObjectContent content = store.get(key)) {
            assertThat(content.stream().readAllBytes()).containsExactly(9, 9);
        }
    }

    /** What S3Proxy does with SSE headers (docs/operations.md "Object store" quotes this): it refuses them. */
    @Test
    void s3ProxyRefusesServerSideEncryptionWithNotImplementedAndStoresNothing() {
        for (Encryption encryption : List.of(Encryption.SSE_S3, Encryption.SSE_KMS)) {
            try (S3ObjectStore encrypted = S3ObjectStore.create(settings(SERVER.endpoint()).withPrefix("intake/")
                    .withEncryption(encryption, encryption == Encryption.SSE_KMS ? "key-1" : null))) {
                String key = newKey();
                assertThatThrownBy(() -> encrypted.put(key, new ByteArrayInputStream(new byte[] {1}), 1, null))
                        .as(encryption.name())
                        .isInstanceOf(ObjectStoreException.class)
                        .isNotInstanceOf(ObjectStoreUnavailableException.class)
                        .hasMessageContaining("HTTP 501");
                assertThat(store.exists(key)).isFalse();
            }
        }
    }

    @Test
    void refusesMetadataThatHttpHeadersCannotCarry() {
        String key = newKey();
        assertThatThrownBy(() -> store.put(key, new ByteArrayInputStream(new byte[] {1}), 1, null,
                Map.of("filename", "营业执照.pdf"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.put(key, new ByteArrayInputStream(new byte[] {1}), 1, null,
                Map.of("file name", "a.pdf"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.exists(key)).isFalse();
    }

    @Test
    void rejectsKeysThatAreNotPlainRelativePaths() {
        for (String bad : List.of("", " ", "/abs", "a//b", "a/../b", "dir/", "a\\b", "a\u0000b")) {
            assertThatThrownBy(() -> store.exists(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}

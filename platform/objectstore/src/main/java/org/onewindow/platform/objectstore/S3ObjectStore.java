package org.onewindow.platform.objectstore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.AbortMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * {@link ObjectStore} on any S3-compatible store through the AWS SDK for Java v2 (synchronous client, Apache HTTP
 * client). Path-style access for S3Proxy and MinIO; checksums only where an operation requires them (the SDK's
 * default since 2.30, CRC32 trailers in aws-chunked bodies, is not understood by every S3-compatible store).
 *
 * <p>Puts read the caller's stream into one part-sized buffer at a time while hashing it (SHA-256): content that
 * fits one part is a single PUT, anything larger a multipart upload of those parts, aborted on any failure. Each part
 * is sent from the buffer, so the SDK may retry it without reading the caller's stream twice.
 */
public final class S3ObjectStore implements ObjectStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(S3ObjectStore.class);
    private static final String BINARY = "application/octet-stream";

    private final S3Client client;
    private final S3Settings settings;

    /** Uses (and on {@link #close()} closes) the given client; for tests that need a special one. */
    public S3ObjectStore(S3Client client, S3Settings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** A store with its own client built from the settings. */
    public static S3ObjectStore create(S3Settings settings) {
        return new S3ObjectStore(buildClient(settings), settings);
    }

    public static S3Client buildClient(S3Settings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .credentialsProvider(credentials(settings))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(ApacheHttpClient.builder()
                        .connectionTimeout(settings.connectTimeout())
                        .socketTimeout(settings.socketTimeout())
                        .maxConnections(20));
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(S3Settings settings) {
        if (settings.accessKey() == null) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
    }

    public S3Settings settings() {
        return settings;
    }

    /** Creates the bucket unless it exists (development and tests; production buckets are made by operators). */
    public void createBucketIfMissing() {
        call("create bucket " + settings.bucket(), null, () -> {
            try {
                client.headBucket(b -> b.bucket(settings.bucket()));
                return null;
            } catch (NoSuchBucketException e) {
                // create below
            } catch (S3Exception e) {
                if (e.statusCode() != 404) {
                    throw e;
                }
            }
            try {
                client.createBucket(b -> b.bucket(settings.bucket()));
                log.info("created bucket {} on {}", settings.bucket(), settings.endpoint());
            } catch (BucketAlreadyOwnedByYouException raced) {
                // another service created it at the same moment
            }
            return null;
        });
    }

    @Override
    public StoredObject put(String key, InputStream content, long contentLength, String contentType,
            Map<String, String> metadata) {
        ObjectKeys.check(key);
        String type = contentType == null || contentType.isBlank() ? BINARY : contentType;
        Map<String, String> meta = metadata == null ? Map.of() : Map.copyOf(metadata);
        meta.forEach(S3ObjectStore::checkMetadata);
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[settings.partSize()];
        PushbackInputStream source = new PushbackInputStream(content, 1);
        int first = fill(source, buffer, sha256);
        if (first < buffer.length || atEnd(source)) {
            checkLength(key, first, contentLength);
            String etag = call("put", key, () -> client.putObject(putRequest(key, type, meta),
                    body(buffer, first, type)).eTag());
            return new StoredObject(key, first, HexFormat.of().formatHex(sha256.digest()), unquote(etag));
        }
        return putMultipart(key, source, contentLength, type, meta, buffer, first, sha256);
    }

    private StoredObject putMultipart(String key, InputStream source, long contentLength, String type,
            Map<String, String> meta, byte[] buffer, int first, MessageDigest sha256) {
        String fullKey = fullKey(key);
        String uploadId = call("start multipart upload", key, () -> client.createMultipartUpload(encrypted(
                CreateMultipartUploadRequest.builder().bucket(settings.bucket()).key(fullKey).contentType(type)
                        .metadata(meta)).build()).uploadId());
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long total = 0;
            int length = first;
            while (length > 0) {
                int partNumber = parts.size() + 1;
                int partLength = length;
                String etag = call("upload part " + partNumber, key, () -> client.uploadPart(
                        p -> p.bucket(settings.bucket()).key(fullKey).uploadId(uploadId).partNumber(partNumber)
                                .contentLength((long) partLength),
                        body(buffer, partLength, type)).eTag());
                parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
                total += length;
                length = fill(source, buffer, sha256);
            }
            checkLength(key, total, contentLength);
            String etag = call("complete multipart upload", key, () -> client.completeMultipartUpload(
                    CompleteMultipartUploadRequest.builder().bucket(settings.bucket()).key(fullKey).uploadId(uploadId)
                            .multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()).build()).eTag());
            return new StoredObject(key, total, HexFormat.of().formatHex(sha256.digest()), unquote(etag));
        } catch (RuntimeException e) {
            abortQuietly(key, fullKey, uploadId, e);
            throw e;
        }
    }

    private void abortQuietly(String key, String fullKey, String uploadId, RuntimeException cause) {
        try {
            client.abortMultipartUpload(AbortMultipartUploadRequest.builder().bucket(settings.bucket()).key(fullKey)
                    .uploadId(uploadId).build());
        } catch (SdkException e) {
            // the store is down: the incomplete upload stays invisible (no object) until the store's lifecycle
            // rule (AbortIncompleteMultipartUpload) or an operator removes its parts
            cause.addSuppressed(e);
            log.warn("could not abort the multipart upload of {} ({}): {}", key, uploadId, e.toString());
        }
    }

    @Override
    public ObjectContent get(String key) {
        ObjectKeys.check(key);
        ResponseInputStream<GetObjectResponse> stream = call("get", key,
                () -> client.getObject(g -> g.bucket(settings.bucket()).key(fullKey(key))));
        GetObjectResponse response = stream.response();
        String type = response.contentType() == null ? BINARY : response.contentType();
        long size = response.contentLength() == null ? -1 : response.contentLength();
        return new ObjectContent(key, stream, size, type, response.metadata());
    }

    @Override
    public boolean exists(String key) {
        ObjectKeys.check(key);
        return call("head", key, () -> {
            try {
                client.headObject(h -> h.bucket(settings.bucket()).key(fullKey(key)));
                return true;
            } catch (NoSuchKeyException e) {
                return false;
            } catch (S3Exception e) {
                if (e.statusCode() == 404) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public void delete(String key) {
        ObjectKeys.check(key);
        call("delete", key, () -> client.deleteObject(d -> d.bucket(settings.bucket()).key(fullKey(key))));
    }

    @Override
    public Stream<ObjectSummary> list(String prefix) {
        String relative = ObjectKeys.checkPrefix(prefix);
        String full = settings.prefix() + relative;
        Iterator<S3Object> pages = call("list", relative, () -> client.listObjectsV2Paginator(
                l -> l.bucket(settings.bucket()).prefix(full)).contents().iterator());
        Iterator<ObjectSummary> summaries = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return call("list", relative, pages::hasNext);
            }

            @Override
            public ObjectSummary next() {
                S3Object object = call("list", relative, pages::next);
                return new ObjectSummary(object.key().substring(settings.prefix().length()),
                        object.size() == null ? -1 : object.size(), object.lastModified());
            }
        };
        // a key ending in '/' is a directory marker (S3Proxy's filesystem backend lists its directories so): never ours
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(summaries,
                Spliterator.ORDERED | Spliterator.NONNULL), false).filter(o -> !o.key().endsWith("/"));
    }

    @Override
    public void close() {
        client.close();
    }

    private PutObjectRequest putRequest(String key, String type, Map<String, String> meta) {
        PutObjectRequest.Builder builder = PutObjectRequest.builder().bucket(settings.bucket()).key(fullKey(key))
                .contentType(type).metadata(meta);
        return switch (settings.encryption()) {
            case NONE -> builder.build();
            case SSE_S3 -> builder.serverSideEncryption(ServerSideEncryption.AES256).build();
            case SSE_KMS -> builder.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(settings.kmsKeyId()).build();
        };
    }

    private CreateMultipartUploadRequest.Builder encrypted(CreateMultipartUploadRequest.Builder builder) {
        return switch (settings.encryption()) {
            case NONE -> builder;
            case SSE_S3 -> builder.serverSideEncryption(ServerSideEncryption.AES256);
            case SSE_KMS -> builder.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(settings.kmsKeyId());
        };
    }

    /** The buffer's first bytes as a body the SDK can re-read on a retry, without copying them. */
    private static RequestBody body(byte[] buffer, int length, String type) {
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(buffer, 0, length), length, type);
    }

    private String fullKey(String key) {
        return settings.prefix() + key;
    }

    /** Reads until the buffer is full or the stream ends; the caller's I/O errors are theirs, not the store's. */
    private static int fill(InputStream source, byte[] buffer, MessageDigest sha256) {
        int total = 0;
        try {
            while (total < buffer.length) {
                int read = source.read(buffer, total, buffer.length - total);
                if (read < 0) {
                    break;
                }
                total += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the content to store failed", e);
        }
        sha256.update(buffer, 0, total);
        return total;
    }

    private static boolean atEnd(PushbackInputStream source) {
        try {
            int next = source.read();
            if (next < 0) {
                return true;
            }
            source.unread(next);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the content to store failed", e);
        }
    }

    /** S3 sends user metadata as HTTP headers: printable ASCII only (encode a file name, e.g. percent-encoding). */
    private static void checkMetadata(String name, String value) {
        if (!name.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("metadata name must be letters, digits and '-': " + name);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException("metadata " + name + " must be printable ASCII (encode other text)");
            }
        }
    }

    private static void checkLength(String key, long actual, long declared) {
        if (declared != UNKNOWN_LENGTH && declared != actual) {
            throw new ObjectStoreException("content of " + key + " had " + actual + " bytes, " + declared
                    + " were declared: not stored");
        }
    }

    private static String unquote(String etag) {
        return etag == null ? null : etag.replace("\"", "");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Runs one SDK call, translating its failures into this module's exceptions. */
    private <T> T call(String operation, String key, Supplier<T> action) {
        try {
            return action.get();
        } catch (SdkException e) {
            throw translate(operation, key, e);
        }
    }

    private RuntimeException translate(String operation, String key, SdkException e) {
        String what = operation + (key == null ? "" : " " + key) + " on bucket " + settings.bucket();
        if (e instanceof NoSuchKeyException) {
            return new ObjectNotFoundException(key, e);
        }
        if (e instanceof S3Exception s3) {
            if (s3.statusCode() == 404 && "get".equals(operation)) {
                return new ObjectNotFoundException(key, e);
            }
            // 501 is a refusal (e.g. S3Proxy and server-side encryption), not an outage: retrying will not help
            if (s3.statusCode() >= 500 && s3.statusCode() != 501) {
                return new ObjectStoreUnavailableException("object store failed to " + what + " (HTTP "
                        + s3.statusCode() + ")", e);
            }
            return new ObjectStoreException("object store refused to " + what + " (HTTP " + s3.statusCode() + ", "
                    + (s3.awsErrorDetails() == null ? "" : s3.awsErrorDetails().errorCode()) + ")", e);
        }
        if (e instanceof SdkClientException) {
            return new ObjectStoreUnavailableException("object store unreachable for " + what + ": " + e.getMessage(), e);
        }
        return new ObjectStoreException("object store failed to " + what, e);
    }
}

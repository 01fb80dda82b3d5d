package org.onewindow.platform.objectstore;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one S3-compatible store and where our objects go in it.
 *
 * @param endpoint       the store's URL (MinIO, S3Proxy, a government cloud's OSS/OBS S3 endpoint); null: AWS's own
 * @param region         the signing region (S3-compatible stores accept any; e.g. {@code us-east-1})
 * @param accessKey      access key id; null with {@code secretKey} null: the SDK's default credential chain
 * @param secretKey      secret access key
 * @param pathStyle      {@code http://host/bucket/key} instead of {@code http://bucket.host/key}: S3Proxy and MinIO need it
 * @param bucket         the bucket
 * @param prefix         prepended to every key (e.g. {@code intake/}); "" for none
 * @param encryption     server-side encryption asked for every object written
 * @param kmsKeyId       the KMS key for {@link Encryption#SSE_KMS}; null: the store's default key
 * @param partSize       bytes buffered per part (and the threshold for a multipart upload); at least 5 MiB (S3's minimum part)
 * @param connectTimeout to open a connection
 * @param socketTimeout  between two packets once connected
 */
public record S3Settings(URI endpoint, String region, String accessKey, String secretKey, boolean pathStyle,
        String bucket, String prefix, Encryption encryption, String kmsKeyId, int partSize, Duration connectTimeout,
        Duration socketTimeout) {

    public static final int MIN_PART_SIZE = 5 * 1024 * 1024;
    public static final int DEFAULT_PART_SIZE = 8 * 1024 * 1024;

    public S3Settings {
        Objects.requireNonNull(bucket, "bucket");
        region = region == null || region.isBlank() ? "us-east-1" : region;
        prefix = normalizePrefix(prefix);
        encryption = encryption == null ? Encryption.NONE : encryption;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        socketTimeout = socketTimeout == null ? Duration.ofSeconds(30) : socketTimeout;
        if (partSize < MIN_PART_SIZE) {
            throw new IllegalArgumentException("part size must be at least " + MIN_PART_SIZE + " bytes (S3's minimum part), was " + partSize);
        }
        if ((accessKey == null) != (secretKey == null)) {
            throw new IllegalArgumentException("give both the access key and the secret key, or neither");
        }
    }

    /** A path-style store at {@code endpoint} with static credentials and the defaults for everything else. */
    public static S3Settings of(URI endpoint, String bucket, String accessKey, String secretKey) {
        return new S3Settings(endpoint, null, accessKey, secretKey, true, bucket, "", Encryption.NONE, null,
                DEFAULT_PART_SIZE, null, null);
    }

    public S3Settings withPrefix(String newPrefix) {
        return new S3Settings(endpoint, region, accessKey, secretKey, pathStyle, bucket, newPrefix, encryption, kmsKeyId,
                partSize, connectTimeout, socketTimeout);
    }

    public S3Settings withEncryption(Encryption newEncryption, String newKmsKeyId) {
        return new S3Settings(endpoint, region, accessKey, secretKey, pathStyle, bucket, prefix, newEncryption,
                newKmsKeyId, partSize, connectTimeout, socketTimeout);
    }

    public S3Settings withPartSize(int newPartSize) {
        return new S3Settings(endpoint, region, accessKey, secretKey, pathStyle, bucket, prefix, encryption, kmsKeyId,
                newPartSize, connectTimeout, socketTimeout);
    }

    public S3Settings withTimeouts(Duration connect, Duration socket) {
        return new S3Settings(endpoint, region, accessKey, secretKey, pathStyle, bucket, prefix, encryption, kmsKeyId,
                partSize, connect, socket);
    }

    /** Never the secret. */
    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", prefix=" + prefix
                + ", pathStyle=" + pathStyle + ", encryption=" + encryption + ", partSize=" + partSize + "]";
    }

    private static String normalizePrefix(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return "";
        }
        String trimmed = prefix.strip();
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        return trimmed.isEmpty() || trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }
}

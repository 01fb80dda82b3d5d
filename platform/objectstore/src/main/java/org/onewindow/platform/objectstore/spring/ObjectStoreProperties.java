package org.onewindow.platform.objectstore.spring;

import java.net.URI;
import java.time.Duration;

import org.onewindow.platform.objectstore.Encryption;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code onewindow.objectstore.*}: where a service keeps its documents (docs/operations.md "Object store").
 *
 * @param endpoint     the S3 endpoint URL; the store is configured only when it is set
 * @param bucket       one bucket for the suite (default {@code onewindow-documents})
 * @param prefix       this service's key prefix; default {@code <spring.application.name>/}
 * @param region       signing region (default {@code us-east-1}; S3-compatible stores accept any)
 * @param accessKey    access key id; unset: the AWS SDK's default credential chain (environment, profile, IRSA)
 * @param secretKey    secret access key
 * @param pathStyle    path-style URLs (default true: S3Proxy, MinIO and most on-premises stores need them)
 * @param encryption   {@code none} (default), {@code sse-s3} or {@code sse-kms}
 * @param kmsKeyId     the key for {@code sse-kms} (unset: the store's default KMS key)
 * @param createBucket create the bucket at start when it is missing (development, tests; default false)
 * @param partSize     bytes buffered per upload part, and the size above which an upload is multipart (default 8MB)
 * @param connectTimeout to open a connection to the store (default 2s)
 * @param socketTimeout  between two packets from the store (default 30s)
 * @param retryAfter   the {@code Retry-After} of the 503 problem answered while the store is unavailable (default 30s)
 */
@ConfigurationProperties("onewindow.objectstore")
public record ObjectStoreProperties(URI endpoint, String bucket, String prefix, String region, String accessKey,
        String secretKey, Boolean pathStyle, Encryption encryption, String kmsKeyId, boolean createBucket,
        DataSize partSize, Duration connectTimeout, Duration socketTimeout, Duration retryAfter) {

    public static final String DEFAULT_BUCKET = "onewindow-documents";

    public ObjectStoreProperties {
        bucket = bucket == null || bucket.isBlank() ? DEFAULT_BUCKET : bucket;
        pathStyle = pathStyle == null ? Boolean.TRUE : pathStyle;
        encryption = encryption == null ? Encryption.NONE : encryption;
        partSize = partSize == null ? DataSize.ofMegabytes(8) : partSize;
        retryAfter = retryAfter == null ? Duration.ofSeconds(30) : retryAfter;
        accessKey = accessKey == null || accessKey.isBlank() ? null : accessKey;
        secretKey = secretKey == null || secretKey.isBlank() ? null : secretKey;
    }

    /** Never the secret key. */
    @Override
    public String toString() {
        return "ObjectStoreProperties[endpoint=" + endpoint + ", bucket=" + bucket + ", prefix=" + prefix + ", region="
                + region + ", pathStyle=" + pathStyle + ", encryption=" + encryption + ", createBucket=" + createBucket
                + "]";
    }
}

package org.onewindow.platform.objectstore;

/** Encryption at rest asked of the store for every object written (server-side encryption). */
public enum Encryption {
    /** Whatever the bucket's default is. */
    NONE,
    /** SSE-S3: {@code x-amz-server-side-encryption: AES256}, keys managed by the store. */
    SSE_S3,
    /** SSE-KMS: {@code x-amz-server-side-encryption: aws:kms} with the configured key id (or the store's default key). */
    SSE_KMS
}

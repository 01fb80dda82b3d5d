package org.onewindow.intake.documents.application;

import java.io.InputStream;
import java.util.List;

/**
 * The object store documents live in (S3-compatible, platform/objectstore), as documents need it. Every method
 * throws {@link StorageUnavailable} when the store cannot be reached (503 to the caller).
 */
public interface ObjectStorage {

    /** What a put stored: the content's SHA-256 (lower-case hex) and length. */
    record Stored(String sha256, long sizeBytes) {
    }

    /** Streams {@code content} to {@code key}; never holds it whole in memory. A failed put leaves no object. */
    Stored put(String key, InputStream content);

    /** The content, streamed; the caller closes it. */
    InputStream get(String key);

    /** Removes the object; removing an absent one is not an error. */
    void delete(String key);

    /** The keys under {@code prefix}. */
    List<String> list(String prefix);
}

package org.onewindow.platform.objectstore;

import java.io.InputStream;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Documents' bytes on an object store; their metadata lives in the owning service's database. Keys are relative
 * to the store's prefix (one bucket, prefix {@code <service>/}: see docs/operations.md "Object store"), e.g.
 * {@code documents/2026/11/3f2a...}.
 *
 * <p>Every method throws {@link ObjectStoreUnavailableException} when the store cannot be reached or answers with
 * a server error, and {@link ObjectStoreException} for any other failure of the store.
 */
public interface ObjectStore {

    /** The content length to pass when it is not known in advance (a streamed request body). */
    long UNKNOWN_LENGTH = -1;

    /**
     * Stores the stream's bytes under {@code key}, replacing any object there. The stream is read to its end and
     * not closed. It is never held whole in memory: at most one part (the store's part size) is buffered; larger
     * content goes up as a multipart upload that is aborted on failure, so a failed put leaves no object behind.
     *
     * @param contentLength the exact number of bytes, or {@link #UNKNOWN_LENGTH}; a stream that ends early or runs
     *                      longer is refused ({@link ObjectStoreException}) and nothing is stored
     * @param contentType   the MIME type stored with the object (e.g. from {@link ContentSniffer}); null: binary
     * @param metadata      user metadata, stored as {@code x-amz-meta-*} headers: names of letters, digits and '-',
     *                      printable ASCII values ({@link IllegalArgumentException} otherwise: percent-encode a
     *                      file name); the database, not the store, is the place for a document's facts
     * @return the stored object's key, size, SHA-256 (hex, computed while streaming) and ETag
     */
    StoredObject put(String key, InputStream content, long contentLength, String contentType,
            Map<String, String> metadata);

    /** {@link #put(String, InputStream, long, String, Map)} without user metadata. */
    default StoredObject put(String key, InputStream content, long contentLength, String contentType) {
        return put(key, content, contentLength, contentType, Map.of());
    }

    /**
     * Opens the object for reading; the caller must close the returned content (it holds a connection).
     *
     * @throws ObjectNotFoundException when there is no object under {@code key}
     */
    ObjectContent get(String key);

    /** Whether an object exists under {@code key}. */
    boolean exists(String key);

    /** Deletes the object; deleting a key that holds nothing is not an error. */
    void delete(String key);

    /**
     * The objects whose keys start with {@code prefix} (relative, like every key here; "" for all), in key order,
     * fetched page by page as the stream is consumed: for orphan cleaners comparing with the database.
     */
    Stream<ObjectSummary> list(String prefix);
}

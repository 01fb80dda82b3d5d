package org.onewindow.intake.documents.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Chunked uploads under way (table {@code upload_session}, {@code upload_chunk}): not a document until committed. */
public interface UploadSessions {

    /** An upload: its file's declared length and name, and how many bytes have arrived in order. */
    record Session(UUID id, String caseNumber, String materialCode, String fileName, long totalBytes,
                   long receivedBytes, int chunks, String objectPrefix, String createdBy, Instant createdAt) {
        public boolean complete() {
            return receivedBytes == totalBytes;
        }
    }

    void create(Session session);

    /** Locked until the transaction ends, so two chunks of one upload are taken one after the other. */
    Optional<Session> findForUpdate(UUID id);

    Optional<Session> find(UUID id);

    /** Records a stored chunk and advances the received length. */
    void addChunk(UUID id, int index, String objectKey, long bytes);

    /** The chunks' object keys in order. */
    List<String> chunkKeys(UUID id);

    void delete(UUID id);

    /** Sessions created before {@code before} (never committed: drafts). */
    List<Session> createdBefore(Instant before, int limit);

    /** Whether any session owns objects under this prefix. */
    boolean exists(String objectPrefix);
}

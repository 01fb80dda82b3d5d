package org.onewindow.intake.documents.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onewindow.platform.objectstore.ObjectStore;
import org.onewindow.platform.objectstore.ObjectSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The documents' two clean-up jobs, each round in one transaction under its own advisory lock, so with several
 * instances exactly one runs a round and the others skip it (as the platform's inbox pruner does).
 * <ul>
 *   <li><b>Orphans</b>: objects under {@code documents/} no row refers to (the row's transaction failed after the
 *   object was stored, or a duplicate's object could not be removed), and chunk folders under {@code uploads/}
 *   whose session is gone, once older than the grace period (the time is in the key: a younger object's row may be
 *   about to commit).</li>
 *   <li><b>Drafts</b>: chunked uploads never committed, older than {@code draft-retention}: their objects first,
 *   then their rows (a crash in between leaves only rows, removed next round).</li>
 * </ul>
 * Documents of a case are never deleted by either: the history keeps every version.
 */
public record DocumentJobs(ObjectStore storage, DocumentStore documents, UploadSessions sessions, JobLock lock,
                           TransactionTemplate transaction, Clock clock, DocumentLimits limits) {

    private static final Logger log = LoggerFactory.getLogger(DocumentJobs.class);
    /** "docorphn" / "docdraft": distinct from the platform's relay and pruner keys. */
    static final long ORPHAN_LOCK = 0x646f636f7270686eL;
    static final long DRAFT_LOCK = 0x646f636472616674L;
    private static final Pattern DOCUMENT_KEY = Pattern.compile("documents/[^/]+/(\\d+)-[0-9a-f-]+");
    private static final Pattern UPLOAD_KEY = Pattern.compile("(uploads/(\\d+)-[0-9a-f-]+/)\\d+");
    private static final int DRAFT_BATCH = 100;

    /** @return the objects removed; -1 when another instance holds the round */
    public int removeOrphans() {
        Integer removed = transaction.execute(status -> {
            if (!lock.tryLockForTransaction(ORPHAN_LOCK)) {
                return -1;
            }
            long before = clock.instant().minus(limits.orphanGrace()).toEpochMilli();
            List<String> candidates = new ArrayList<>();
            for (String key : storage.list("documents/").map(ObjectSummary::key).toList()) {
                Matcher m = DOCUMENT_KEY.matcher(key);
                if (m.matches() && Long.parseLong(m.group(1)) < before) {
                    candidates.add(key);
                }
            }
            Set<String> referenced = candidates.isEmpty() ? Set.of() : documents.referenced(candidates);
            int count = 0;
            for (String key : candidates) {
                if (!referenced.contains(key)) {
                    storage.delete(key);
                    count++;
                }
            }
            for (String key : storage.list("uploads/").map(ObjectSummary::key).toList()) {
                Matcher m = UPLOAD_KEY.matcher(key);
                if (m.matches() && Long.parseLong(m.group(2)) < before && !sessions.exists(m.group(1))) {
                    storage.delete(key);
                    count++;
                }
            }
            return count;
        });
        if (removed != null && removed > 0) {
            log.info("removed {} orphaned document object(s)", removed);
        }
        return removed == null ? 0 : removed;
    }

    /** @return the draft uploads removed; -1 when another instance holds the round */
    public int removeDrafts() {
        Integer removed = transaction.execute(status -> {
            if (!lock.tryLockForTransaction(DRAFT_LOCK)) {
                return -1;
            }
            Instant before = clock.instant().minus(limits.draftRetention());
            int count = 0;
            for (UploadSessions.Session draft : sessions.createdBefore(before, DRAFT_BATCH)) {
                for (String key : storage.list(draft.objectPrefix()).map(ObjectSummary::key).toList()) {
                    storage.delete(key); // objects first: a row without objects is harmless, the reverse an orphan
                }
                sessions.delete(draft.id());
                count++;
            }
            return count;
        });
        if (removed != null && removed > 0) {
            log.info("removed {} upload(s) never committed (older than {})", removed, limits.draftRetention());
        }
        return removed == null ? 0 : removed;
    }
}

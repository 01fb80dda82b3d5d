package org.onewindow.intake.documents.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.onewindow.intake.applications.application.ApplicationService;
import org.onewindow.intake.applications.application.ApplicationStore;
import org.onewindow.intake.applications.application.CaseScope;
import org.onewindow.intake.applications.domain.ActingUser;
import org.onewindow.intake.applications.domain.Application;
import org.onewindow.intake.documents.domain.Document;
import org.onewindow.intake.documents.domain.DocumentEvent;
import org.onewindow.intake.documents.domain.DocumentKind;
import org.onewindow.intake.documents.domain.DocumentRules;
import org.onewindow.intake.documents.domain.DocumentStatus;
import org.onewindow.intake.documents.domain.DocumentType;
import org.onewindow.intake.documents.domain.FileNames;
import org.onewindow.intake.documents.domain.RetentionRule;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.commands.Command;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;
import org.onewindow.platform.objectstore.ContentSniffer;
import org.onewindow.platform.objectstore.ObjectStore;
import org.onewindow.platform.objectstore.StoredObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents of a case's materials: attach (streamed to the object store first, then the row in the transaction),
 * chunked uploads, pre-review (预审), legal hold, and reads for those the scope lets in. The object store is never
 * asked inside a database transaction, so a slow store holds no row lock.
 */
public class DocumentService {

    private static final Logger log = LoggerFactory.getLogger(DocumentService.class);

    /** A document as attached: {@code created} is false for a duplicate (the existing document, no second object). */
    public record Attached(Document document, boolean created) {
    }

    /** A document's content to stream to the caller; the caller closes it. */
    public record Download(Document.Snapshot document, InputStream content) {
    }

    private final CommandPath<UUID, Document, DocumentEvent> documents;
    private final DocumentStore store;
    private final ApplicationStore applications;
    private final ApplicationService applicationService;
    private final ObjectStore storage;
    private final UploadSessions sessions;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DocumentLimits limits;
    private final RetentionRule retention;
    private final LicenceObjects licences;

    public DocumentService(CommandPath<UUID, Document, DocumentEvent> documents, DocumentStore store,
                           ApplicationStore applications, ApplicationService applicationService, ObjectStore storage,
                           UploadSessions sessions, TransactionTemplate transaction, Clock clock, DocumentLimits limits,
                           RetentionRule retention, LicenceObjects licences) {
        this.retention = retention;
        this.licences = licences;
        this.documents = documents;
        this.store = store;
        this.applications = applications;
        this.applicationService = applicationService;
        this.storage = storage;
        this.sessions = sessions;
        this.transaction = transaction;
        this.clock = clock;
        this.limits = limits;
    }

    // --- attach ---

    /**
     * Streams the file to the object store, then records it. The type comes from the first bytes; a file over the
     * limit is cut off while streaming and its object removed.
     */
    public Attached attach(String caseNumber, String materialCode, String fileName, InputStream content, ActingUser by,
                           CaseScope scope) {
        Application application = reachable(caseNumber, scope);
        DocumentRules.requireTakingFiles(application);
        DocumentRules.materialAsked(application, materialCode);
        DocumentStore.Usage usage = store.usage(application.caseNumber().value());
        DocumentRules.requireRoomFor(materialCode, usage.bytes(), usage.documents(), 0, limits.maxApplicationBytes(),
                limits.maxDocuments());
        byte[] head = new byte[ContentSniffer.HEAD_BYTES];
        int headLength = readHead(content, head);
        DocumentType type = DocumentRules.requireType(typeOf(ContentSniffer.sniff(head, headLength)), materialCode);
        String key = objectKey(application.caseNumber().value());
        LimitedStream limited = new LimitedStream(new SequenceInputStream(
                new ByteArrayInputStream(head, 0, headLength), content), limits.maxFileBytes());
        StoredObject stored;
        try {
            stored = storage.put(key, limited, ObjectStore.UNKNOWN_LENGTH, type.mediaType());
        } catch (RuntimeException e) {
            removeQuietly(key);
            if (limited.exceeded()) {
                throw DocumentRules.tooLarge(materialCode, limits.maxFileBytes());
            }
            throw e;
        }
        return record(application, materialCode, FileNames.of(fileName, type), type, key, stored, by);
    }

    private Attached record(Application application, String materialCode, String fileName, DocumentType type,
                            String key, StoredObject stored, ActingUser by) {
        String caseNumber = application.caseNumber().value();
        Attached attached = transaction.execute(status -> {
            Optional<Document> same = store.withContent(caseNumber, materialCode, stored.sha256());
            if (same.isPresent()) {
                return new Attached(same.get(), false);
            }
            DocumentStore.Usage usage = store.usage(caseNumber);
            DocumentRules.requireRoomFor(materialCode, usage.bytes(), usage.documents(), stored.size(),
                    limits.maxApplicationBytes(), limits.maxDocuments());
            int docVersion = store.nextDocVersion(caseNumber, materialCode);
            return new Attached(documents.create(Command.of("attach-document", by.auditActor()),
                    () -> Document.attach(UUID.randomUUID(), caseNumber, materialCode, docVersion, type,
                            stored.sha256(), stored.size(), fileName, key, by, now())), true);
        });
        if (!attached.created()) {
            removeQuietly(key); // the same content is already there: keep one object
            log.info("duplicate upload for {} material {} recognised as document {}", caseNumber, materialCode,
                    attached.document().id());
        }
        return attached;
    }

    // --- the electronic licence ---

    /** What {@code review.LicenceIssued} says of the licence PDF review stored. */
    public record IssuedLicence(String caseNumber, String licenceNumber, String objectKey, String sha256,
                                long sizeBytes, String contentType, String fileName, OffsetDateTime issuedAt) {
    }

    /**
     * Registers the licence review issued as an ACCEPTED PDF document of the case pointing at review's object (in
     * the inbox's transaction), and tells the applicant. Tolerant: an unknown case or an unusable reference is
     * logged and skipped, never a dead letter; the same licence again (same key or content) changes nothing.
     *
     * @return the licence document, empty when skipped
     */
    public Optional<Document> registerLicence(IssuedLicence issued) {
        CaseNumber caseNumber;
        try {
            caseNumber = CaseNumber.of(issued.caseNumber());
        } catch (IllegalArgumentException e) {
            log.warn("licence {} for a malformed case number ignored", issued.licenceNumber());
            return Optional.empty();
        }
        if (applications.find(caseNumber).isEmpty()) {
            log.warn("licence {} for unknown case {} ignored", issued.licenceNumber(), caseNumber.value());
            return Optional.empty();
        }
        String problem = unusable(issued);
        if (problem != null) {
            log.warn("licence {} of case {} not registered: {}", issued.licenceNumber(), caseNumber.value(), problem);
            return Optional.empty();
        }
        Optional<Document> existing = store.licenceOf(caseNumber.value());
        if (existing.isPresent() && (existing.get().state().sha256().equals(issued.sha256())
                || existing.get().state().objectKey().equals(issued.objectKey()))) {
            return existing; // redelivered or re-announced: one document per licence
        }
        ActingUser review = ActingUser.system("review");
        int docVersion = store.nextDocVersion(caseNumber.value(), DocumentKind.LICENCE_MATERIAL);
        String fileName = FileNames.of(issued.fileName() == null ? issued.licenceNumber() + ".pdf" : issued.fileName(),
                DocumentType.PDF);
        Document document = documents.create(Command.of("register-licence-document", review.auditActor()),
                () -> Document.licence(UUID.randomUUID(), caseNumber.value(), docVersion, issued.licenceNumber(),
                        issued.sha256(), issued.sizeBytes(), fileName, issued.objectKey(), review,
                        issued.issuedAt() == null ? null
                                : issued.issuedAt().atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime(), now()));
        applicationService.licenceIssued(caseNumber, issued.licenceNumber(), document.id());
        return Optional.of(document);
    }

    private static final java.util.regex.Pattern SHA256 = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    /** Why the reference cannot become a document row (the table's constraints), or null. */
    private static String unusable(IssuedLicence issued) {
        if (issued.licenceNumber() == null || issued.licenceNumber().isBlank()) {
            return "no licence number";
        }
        if (issued.objectKey() == null || issued.objectKey().isBlank()) {
            return "no document key";
        }
        if (issued.sha256() == null || !SHA256.matcher(issued.sha256()).matches()) {
            return "no SHA-256 of the document";
        }
        if (issued.sizeBytes() < 0) {
            return "a negative size";
        }
        if (issued.contentType() != null && !DocumentType.PDF.mediaType().equals(issued.contentType())) {
            return "content type " + issued.contentType() + " is not a PDF";
        }
        return null;
    }

    // --- chunked uploads ---

    /** Starts a chunked upload of a file of {@code totalBytes} (checked against the limits now). */
    public UploadSessions.Session startUpload(String caseNumber, String materialCode, String fileName, long totalBytes,
                                              ActingUser by, CaseScope scope) {
        Application application = reachable(caseNumber, scope);
        DocumentRules.requireTakingFiles(application);
        DocumentRules.materialAsked(application, materialCode);
        if (totalBytes <= 0) {
            throw new RuleViolation("totalBytes", "intake.upload-length", "an upload declares its length, at least 1 byte");
        }
        if (totalBytes > limits.maxFileBytes()) {
            throw DocumentRules.tooLarge(materialCode, limits.maxFileBytes());
        }
        DocumentStore.Usage usage = store.usage(application.caseNumber().value());
        DocumentRules.requireRoomFor(materialCode, usage.bytes(), usage.documents(), totalBytes,
                limits.maxApplicationBytes(), limits.maxDocuments());
        UUID id = UUID.randomUUID();
        UploadSessions.Session session = new UploadSessions.Session(id, application.caseNumber().value(), materialCode,
                fileName == null ? "" : fileName, totalBytes, 0, 0,
                "uploads/" + clock.millis() + "-" + id + "/", by.userId(), clock.instant());
        transaction.executeWithoutResult(status -> sessions.create(session));
        return session;
    }

    /** The upload as it stands (to resume: the next chunk starts at {@code receivedBytes}). */
    public UploadSessions.Session upload(UUID uploadId, ActingUser by) {
        return sessions.find(uploadId).filter(s -> s.createdBy().equals(by.userId()))
                .orElseThrow(() -> new NotFound("upload", String.valueOf(uploadId)));
    }

    /**
     * One chunk, bytes {@code first}..{@code last} of the file: it must start where the received bytes end (a chunk
     * sent again after a lost answer is acknowledged without storing it twice).
     */
    public UploadSessions.Session appendChunk(UUID uploadId, long first, long last, long total, InputStream content,
                                              ActingUser by) {
        UploadSessions.Session session = upload(uploadId, by);
        if (total != session.totalBytes() || first < 0 || last < first || last >= total) {
            throw new RuleViolation("Content-Range", "intake.upload-range", "bytes " + first + "-" + last + "/" + total
                    + " does not fit the upload of " + session.totalBytes() + " bytes");
        }
        if (last < session.receivedBytes()) {
            return session; // already received
        }
        if (first != session.receivedBytes()) {
            throw new StateConflict("intake.upload-out-of-order", "upload " + uploadId + " has "
                    + session.receivedBytes() + " bytes; the next chunk starts there, not at " + first);
        }
        long length = last - first + 1;
        if (length > limits.maxChunkBytes()) {
            throw new RuleViolation("Content-Range", "intake.upload-chunk-size", "a chunk is at most "
                    + limits.maxChunkBytes() + " bytes");
        }
        String key = session.objectPrefix() + String.format("%06d", session.chunks());
        LimitedStream limited = new LimitedStream(content, length);
        StoredObject stored;
        try {
            stored = storage.put(key, limited, ObjectStore.UNKNOWN_LENGTH, null);
        } catch (RuntimeException e) {
            removeQuietly(key);
            if (limited.exceeded()) {
                throw new RuleViolation("Content-Range", "intake.upload-range", "the chunk is longer than its range");
            }
            throw e;
        }
        if (stored.size() != length) {
            removeQuietly(key);
            throw new RuleViolation("Content-Range", "intake.upload-range", "the chunk has " + stored.size()
                    + " bytes, its range says " + length);
        }
        return transaction.execute(status -> {
            UploadSessions.Session locked = sessions.findForUpdate(uploadId)
                    .orElseThrow(() -> new NotFound("upload", String.valueOf(uploadId)));
            if (locked.receivedBytes() != first) { // another request took this range meanwhile
                throw new StateConflict("intake.upload-out-of-order", "upload " + uploadId + " has "
                        + locked.receivedBytes() + " bytes; the next chunk starts there");
            }
            sessions.addChunk(uploadId, locked.chunks(), key, length);
            return sessions.find(uploadId).orElseThrow();
        });
    }

    /** The whole file, streamed from its chunks into one document; the chunks and the session are then removed. */
    public Attached commitUpload(UUID uploadId, ActingUser by, CaseScope scope) {
        UploadSessions.Session session = upload(uploadId, by);
        if (!session.complete()) {
            throw new StateConflict("intake.upload-incomplete", "upload " + uploadId + " has " + session.receivedBytes()
                    + " of " + session.totalBytes() + " bytes");
        }
        List<String> chunks = sessions.chunkKeys(uploadId);
        Attached attached = attach(session.caseNumber(), session.materialCode(), session.fileName(),
                new SequenceInputStream(Collections.enumeration(lazily(chunks))), by, scope);
        transaction.executeWithoutResult(status -> sessions.delete(uploadId));
        chunks.forEach(this::removeQuietly);
        return attached;
    }

    /** Opens each chunk only when the previous one is read to its end. */
    private List<InputStream> lazily(List<String> keys) {
        return new java.util.AbstractList<>() {
            @Override
            public InputStream get(int index) {
                return new LazyStream(() -> storage.get(keys.get(index)).stream());
            }

            @Override
            public int size() {
                return keys.size();
            }
        };
    }

    // --- pre-review and legal hold ---

    /** 预审 by a clerk: the document's status, then the case re-checked with it (one transaction). */
    public Document preReview(String caseNumber, UUID documentId, DocumentStatus outcome, String reason, ActingUser by,
                              CaseScope scope) {
        return transaction.execute(status -> {
            Application application = reachable(caseNumber, scope);
            // the application's row lock before the document's audit entry takes the case's audit-chain lock: the
            // order every command and consumed event on the case takes them (the other order deadlocked in CI)
            applications.findForUpdate(application.caseNumber());
            Document document = documents.change(documentId, Command.of("pre-review-document", by.auditActor()), d -> {
                requireOf(application, d);
                boolean latest = store.nextDocVersion(caseNumber, d.state().materialCode()) == d.state().docVersion() + 1;
                d.preReview(outcome, reason, latest, by, now());
            });
            applicationService.materialsReviewed(application.caseNumber(), document.state().materialCode(), by);
            return document;
        });
    }

    /** 法律保全 (OPS, MONITOR): a held document survives every retention job. */
    public Document legalHold(String caseNumber, UUID documentId, boolean hold, ActingUser by, CaseScope scope) {
        Application application = reachable(caseNumber, scope);
        return documents.change(documentId, Command.of("legal-hold", by.auditActor()), d -> {
            requireOf(application, d);
            d.legalHold(hold, by, now());
        });
    }

    // --- reads ---

    /** Documents read, with the case's retention period ({@link RetentionRule}). */
    public record Read(List<Document> documents, String retention) {
        public Document single() {
            return documents.getFirst();
        }
    }

    /** Every version of one material, oldest first (a material the item does not ask for: 422). */
    public Read versions(String caseNumber, String materialCode, CaseScope scope) {
        Application application = reachable(caseNumber, scope);
        DocumentRules.materialAsked(application, materialCode);
        return new Read(store.versions(application.caseNumber().value(), materialCode), retention.of(application));
    }

    public Read ofCase(String caseNumber, CaseScope scope) {
        Application application = reachable(caseNumber, scope);
        return new Read(store.ofCase(application.caseNumber().value()), retention.of(application));
    }

    public Read find(String caseNumber, UUID documentId, CaseScope scope) {
        Application application = reachable(caseNumber, scope);
        Document document = store.find(documentId).orElseThrow(() -> new NotFound("document", String.valueOf(documentId)));
        requireOf(application, document);
        return new Read(List.of(document), retention.of(application));
    }

    /** The retention period of a case's documents, for a document just written. */
    public String retentionOf(Document document) {
        return applications.find(CaseNumber.of(document.state().caseNumber())).map(retention::of)
                .orElse(retention.defaultPeriod());
    }

    /** The content, streamed from the store (never through a public or presigned URL). */
    public Download download(String caseNumber, UUID documentId, CaseScope scope) {
        Document document = find(caseNumber, documentId, scope).single();
        Document.Snapshot d = document.state();
        // a licence is review's object, read under review's prefix; every other document is intake's own
        return new Download(d, (d.licence() ? licences.get(d.objectKey()) : storage.get(d.objectKey())).stream());
    }

    /** 404/409/422 as an upload to this material would get them, before its body is looked at. */
    public void checkUpload(String caseNumber, String materialCode, CaseScope scope) {
        Application application = reachable(caseNumber, scope);
        DocumentRules.requireTakingFiles(application);
        DocumentRules.materialAsked(application, materialCode);
    }

    // --- helpers ---

    /** The case if the caller's document scope reaches it, else the 404 of an unknown case. */
    private Application reachable(String caseNumber, CaseScope scope) {
        CaseNumber key;
        try {
            key = CaseNumber.of(caseNumber);
        } catch (IllegalArgumentException e) {
            throw new NotFound("application", String.valueOf(caseNumber));
        }
        Application application = applications.find(key).orElseThrow(() -> new NotFound("application", caseNumber));
        Set<String> departments = applications.departmentsOf(application.caseNumber());
        return DocumentAccess.require(scope, application, departments);
    }

    private static void requireOf(Application application, Document document) {
        if (!document.state().caseNumber().equals(application.caseNumber().value())) {
            throw new NotFound("document", String.valueOf(document.id()));
        }
    }

    /** The four types documents may be; anything else (UNKNOWN) is empty. */
    private static Optional<DocumentType> typeOf(ContentSniffer.Type sniffed) {
        return sniffed == ContentSniffer.Type.UNKNOWN ? Optional.empty() : Optional.of(DocumentType.valueOf(sniffed.name()));
    }

    private String objectKey(String caseNumber) {
        return "documents/" + caseNumber + "/" + clock.millis() + "-" + UUID.randomUUID();
    }

    private static int readHead(InputStream content, byte[] head) {
        try {
            return Math.max(0, content.readNBytes(head, 0, head.length));
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        }
    }

    /** Best effort: what stays behind is an orphan, removed by {@link DocumentJobs#removeOrphans()}. */
    private void removeQuietly(String key) {
        try {
            storage.delete(key);
        } catch (RuntimeException e) {
            log.warn("object {} could not be removed now; the orphan cleaner will: {}", key, e.toString());
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime();
    }

    /** A stream opened on first read. */
    private static final class LazyStream extends InputStream {
        private final java.util.function.Supplier<InputStream> opener;
        private InputStream in;

        LazyStream(java.util.function.Supplier<InputStream> opener) {
            this.opener = opener;
        }

        private InputStream in() {
            if (in == null) {
                in = opener.get();
            }
            return in;
        }

        @Override
        public int read() throws IOException {
            return in().read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return in().read(b, off, len);
        }

        @Override
        public void close() throws IOException {
            if (in != null) {
                in.close();
            }
        }
    }

}

package org.onewindow.intake.documents.domain;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import org.onewindow.intake.applications.domain.ActingUser;
import org.onewindow.platform.kernel.Aggregate;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.Changes;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;

/**
 * One version of one material's file in a case. A replacement is a new document with the next {@code docVersion};
 * none is ever changed in content or deleted while its case lives, so the history keeps every version. Pre-review
 * (预审) is the one change of state, and only of an UPLOADED document.
 */
public final class Document implements Aggregate<DocumentEvent> {

    /** Everything stored of a document; what the store restores and the events carry. */
    public record Snapshot(UUID id, String caseNumber, String materialCode, int docVersion, DocumentType type,
                           String sha256, long sizeBytes, String fileName, String objectKey, DocumentStatus status,
                           String defectReason, String uploadedBy, String uploadedRole, OffsetDateTime uploadedAt,
                           String reviewedBy, OffsetDateTime reviewedAt, boolean legalHold, DocumentKind kind) {
        public Snapshot {
            Objects.requireNonNull(id, "id");
            kind = kind == null ? DocumentKind.MATERIAL : kind;
            Objects.requireNonNull(caseNumber, "caseNumber");
            Objects.requireNonNull(materialCode, "materialCode");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(status, "status");
        }

        /** A material's file. */
        public Snapshot(UUID id, String caseNumber, String materialCode, int docVersion, DocumentType type,
                        String sha256, long sizeBytes, String fileName, String objectKey, DocumentStatus status,
                        String defectReason, String uploadedBy, String uploadedRole, OffsetDateTime uploadedAt,
                        String reviewedBy, OffsetDateTime reviewedAt, boolean legalHold) {
            this(id, caseNumber, materialCode, docVersion, type, sha256, sizeBytes, fileName, objectKey, status,
                    defectReason, uploadedBy, uploadedRole, uploadedAt, reviewedBy, reviewedAt, legalHold,
                    DocumentKind.MATERIAL);
        }

        public boolean licence() {
            return kind == DocumentKind.LICENCE;
        }
    }

    private Snapshot state;
    private long version;
    private final Changes<DocumentEvent> changes = new Changes<>();

    private Document(Snapshot state, long version) {
        this.state = state;
        this.version = version;
    }

    public static Document restore(Snapshot state, long version) {
        return new Document(state, version);
    }

    /** A file stored for a material: UPLOADED, announced, and written into the case's trail (subject = case). */
    public static Document attach(UUID id, String caseNumber, String materialCode, int docVersion, DocumentType type,
                                  String sha256, long sizeBytes, String fileName, String objectKey, ActingUser by,
                                  OffsetDateTime now) {
        Document document = new Document(new Snapshot(id, caseNumber, materialCode, docVersion, type, sha256, sizeBytes,
                fileName, objectKey, DocumentStatus.UPLOADED, null, by.userId(), by.role(), now, null, null, false), 0);
        document.changes.registerEvent(new DocumentEvent.Updated(document.state));
        // the trail names material, version, type and hash, never the file name (it may carry a person's name)
        document.changes.audit(AuditEntry.of(now.toInstant(), "DOCUMENT_ATTACHED", by.auditActor(),
                "material " + materialCode + " v" + docVersion + " " + type + " sha256 " + sha256));
        return document;
    }

    /**
     * The electronic licence review issued (review.LicenceIssued), filed under material {@code LICENCE}: ACCEPTED as
     * it is (review decided; there is nothing to pre-review), its bytes review's object, read under review's prefix.
     * Not announced as {@code intake.MaterialsUpdated}: it is no material of the application.
     */
    public static Document licence(UUID id, String caseNumber, int docVersion, String licenceNumber, String sha256,
                                   long sizeBytes, String fileName, String objectKey, ActingUser by,
                                   OffsetDateTime issuedAt, OffsetDateTime now) {
        Document document = new Document(new Snapshot(id, caseNumber, DocumentKind.LICENCE_MATERIAL, docVersion,
                DocumentType.PDF, sha256, sizeBytes, fileName, objectKey, DocumentStatus.ACCEPTED, null, by.userId(),
                by.role(), issuedAt == null ? now : issuedAt, by.userId(), now, false, DocumentKind.LICENCE), 0);
        document.changes.audit(AuditEntry.of(now.toInstant(), "LICENCE_DOCUMENT_REGISTERED", by.auditActor(),
                "electronic licence " + licenceNumber + " v" + docVersion + " PDF sha256 " + sha256));
        return document;
    }

    /**
     * 预审: ACCEPTED, or DEFECTIVE with the reason the one-time notice will show.
     *
     * @param latest whether this is the material's newest version (an older one was replaced and is history)
     */
    public void preReview(DocumentStatus outcome, String reason, boolean latest, ActingUser by, OffsetDateTime now) {
        if (outcome == DocumentStatus.UPLOADED) {
            throw new RuleViolation("outcome", "intake.pre-review-outcome", "pre-review accepts or finds defective");
        }
        if (outcome == DocumentStatus.DEFECTIVE && (reason == null || reason.isBlank())) {
            throw new RuleViolation("reason", "intake.defect-reason-required",
                    "a defective document needs the reason the applicant is told (一次性告知)");
        }
        if (!latest) {
            throw new StateConflict("intake.document-superseded", "document " + state.id() + " (material "
                    + state.materialCode() + " v" + state.docVersion() + ") was replaced; pre-review the newest version");
        }
        if (state.status() != DocumentStatus.UPLOADED) {
            throw new StateConflict("intake.document-already-reviewed", "document " + state.id() + " is "
                    + state.status() + "; a reviewed document is final, the applicant uploads a replacement");
        }
        state = with(outcome, outcome == DocumentStatus.DEFECTIVE ? reason.strip() : null, by.userId(), now,
                state.legalHold());
        changes.registerEvent(new DocumentEvent.Updated(state));
        changes.audit(AuditEntry.of(now.toInstant(), outcome == DocumentStatus.ACCEPTED ? "DOCUMENT_ACCEPTED"
                : "DOCUMENT_DEFECTIVE", by.auditActor(), "material " + state.materialCode() + " v" + state.docVersion()
                + (outcome == DocumentStatus.DEFECTIVE ? ": " + state.defectReason() : "")));
    }

    /** 法律保全: a held document is never deleted by a retention job, whatever its age. */
    public void legalHold(boolean hold, ActingUser by, OffsetDateTime now) {
        if (hold == state.legalHold()) {
            return; // asking again changes nothing and writes nothing
        }
        state = with(state.status(), state.defectReason(), state.reviewedBy(), state.reviewedAt(), hold);
        changes.audit(AuditEntry.of(now.toInstant(), hold ? "LEGAL_HOLD_SET" : "LEGAL_HOLD_RELEASED", by.auditActor(),
                "material " + state.materialCode() + " v" + state.docVersion()));
    }

    private Snapshot with(DocumentStatus status, String reason, String reviewedBy, OffsetDateTime reviewedAt,
                          boolean hold) {
        Snapshot s = state;
        return new Snapshot(s.id(), s.caseNumber(), s.materialCode(), s.docVersion(), s.type(), s.sha256(), s.sizeBytes(),
                s.fileName(), s.objectKey(), status, reason, s.uploadedBy(), s.uploadedRole(), s.uploadedAt(), reviewedBy,
                reviewedAt, hold, s.kind());
    }

    public Snapshot state() {
        return state;
    }

    public UUID id() {
        return state.id();
    }

    @Override
    public long version() {
        return version;
    }

    public void savedAs(long stored) {
        this.version = stored;
    }

    @Override
    public Changes<DocumentEvent> changes() {
        return changes;
    }
}

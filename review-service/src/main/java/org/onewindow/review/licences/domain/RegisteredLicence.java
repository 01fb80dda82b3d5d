package org.onewindow.review.licences.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.onewindow.platform.kernel.Aggregate;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.Changes;
import org.onewindow.review.cases.domain.LicenceStatus;

/**
 * One licence of the register (证照库): registered PENDING in the transaction of the approval that granted it, its PDF
 * issued afterwards by the issuing job (object first, then this row with the code's hash), its status following
 * supervision's suspensions and revocations (invariant 5). Saved only on the command path.
 */
public final class RegisteredLicence implements Aggregate<LicenceEvent> {

    private static final AuditActor REVIEW = AuditActor.system("review");

    private final String number;
    private final String caseNumber;
    private final String itemCode;
    private final String itemName;
    private final LicenceHolder holder;
    private final String department;
    private final LocalDate validFrom;
    private final LocalDate validUntil;
    private LicenceStatus status;
    private DocumentState documentState;
    private String codeHash;
    private StoredDocument document;
    private Instant issuedAt;
    private long version;
    private final Changes<LicenceEvent> changes = new Changes<>();

    public RegisteredLicence(String number, String caseNumber, String itemCode, String itemName, LicenceHolder holder,
                             String department, LocalDate validFrom, LocalDate validUntil, LicenceStatus status,
                             DocumentState documentState, String codeHash, StoredDocument document, Instant issuedAt,
                             long version) {
        this.number = Objects.requireNonNull(number, "number");
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        this.itemCode = itemCode;
        this.itemName = itemName;
        this.holder = Objects.requireNonNull(holder, "holder");
        this.department = department;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.status = Objects.requireNonNull(status, "status");
        this.documentState = Objects.requireNonNull(documentState, "documentState");
        this.codeHash = codeHash;
        this.document = document;
        this.issuedAt = issuedAt;
        this.version = version;
    }

    /** The licence an approval granted: registered at once, its document still to be issued. */
    public static RegisteredLicence pending(String number, String caseNumber, String itemCode, String itemName,
                                            LicenceHolder holder, String department, LocalDate validFrom,
                                            LocalDate validUntil, LicenceStatus status, Instant now) {
        RegisteredLicence licence = new RegisteredLicence(number, caseNumber, itemCode, itemName, holder, department,
                validFrom, validUntil, status == null ? LicenceStatus.VALID : status, DocumentState.PENDING, null, null,
                null, 0);
        licence.changes.audit(AuditEntry.of(now, "LICENCE_REGISTERED", REVIEW,
                "licence " + number + " of case " + caseNumber + " registered; its document is to be issued"));
        return licence;
    }

    /** What the document prints, with a freshly generated code (the caller keeps it only until the PDF is rendered). */
    public LicenceContent content(String verificationCode, String verificationUrl, LocalDate issuedOn) {
        return new LicenceContent(number, itemCode, itemName, holder.name(), holder.maskedIdNumber(), department,
                validFrom, validUntil, issuedOn, verificationCode, verificationUrl);
    }

    /** The PDF is in the store: the code's hash and the object's reference are recorded and announced. */
    public void issue(String verificationCodeHash, StoredDocument stored, Instant now) {
        if (documentState != DocumentState.PENDING) {
            throw new IllegalStateException("licence " + number + " is " + documentState + ", not PENDING: issued once");
        }
        codeHash = Objects.requireNonNull(verificationCodeHash, "verificationCodeHash");
        document = Objects.requireNonNull(stored, "stored");
        documentState = DocumentState.ISSUED;
        issuedAt = now;
        changes.registerEvent(new LicenceEvent.Issued(caseNumber, number, itemCode, validFrom, validUntil, stored, now));
        changes.audit(AuditEntry.of(now, "LICENCE_ISSUED", REVIEW, "electronic licence " + number + " issued as "
                + stored.key() + " (" + stored.sizeBytes() + " bytes, sha256 " + stored.sha256() + ")"));
    }

    /** Supervision suspended or revoked it (or lifted that); the same status again changes nothing. */
    public void statusChanged(LicenceStatus newStatus, String takenBy, String reason, Instant now) {
        if (newStatus == null || newStatus == status) {
            return;
        }
        LicenceStatus before = status;
        status = newStatus;
        changes.audit(AuditEntry.of(now, "LICENCE_" + newStatus.name(), REVIEW, "licence " + number + " " + before
                + " -> " + newStatus + " by supervision (" + (takenBy == null ? "unknown" : takenBy) + ")"
                + (reason == null || reason.isBlank() ? "" : ": " + reason)));
    }

    /**
     * Public verification: the public fields when {@code code} is this licence's 防伪码. A licence whose document is
     * not issued yet has no code, so nothing verifies it (exactly like an unknown number).
     */
    public Optional<LicenceVerification> verify(String code) {
        if (documentState != DocumentState.ISSUED || !VerificationCode.matches(code, codeHash)) {
            return Optional.empty();
        }
        return Optional.of(new LicenceVerification(number, itemCode, itemName, holder.publicName(), department,
                validFrom, validUntil, status));
    }

    public boolean pending() {
        return documentState == DocumentState.PENDING;
    }

    public String number() {
        return number;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String itemCode() {
        return itemCode;
    }

    public String itemName() {
        return itemName;
    }

    public LicenceHolder holder() {
        return holder;
    }

    public String department() {
        return department;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public LicenceStatus status() {
        return status;
    }

    public DocumentState documentState() {
        return documentState;
    }

    public String codeHash() {
        return codeHash;
    }

    public StoredDocument document() {
        return document;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    @Override
    public long version() {
        return version;
    }

    public void stored(long newVersion) {
        version = newVersion;
    }

    @Override
    public Changes<LicenceEvent> changes() {
        return changes;
    }
}

package org.onewindow.review.licences.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.commands.Command;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.review.cases.domain.CaseOpening;
import org.onewindow.review.cases.domain.Licence;
import org.onewindow.review.cases.domain.LicenceStatus;
import org.onewindow.review.cases.domain.ReviewCase;
import org.onewindow.review.licences.domain.HolderKind;
import org.onewindow.review.licences.domain.LicenceEvent;
import org.onewindow.review.licences.domain.LicenceHolder;
import org.onewindow.review.licences.domain.LicenceVerification;
import org.onewindow.review.licences.domain.RegisteredLicence;
import org.onewindow.review.licences.domain.VerificationCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The electronic licence's use cases: registered in the approval's transaction (PENDING), its PDF issued afterwards
 * (render → object store → the register row and {@code review.LicenceIssued} in one transaction), its status following
 * supervision, and public verification by number and 防伪码.
 */
public class LicenceService {

    private static final Logger log = LoggerFactory.getLogger(LicenceService.class);
    private static final AuditActor REVIEW = AuditActor.system("review");

    private final CommandPath<String, RegisteredLicence, LicenceEvent> path;
    private final LicenceRegister register;
    private final LicenceRenderer renderer;
    private final LicenceDocuments documents;
    private final Clock clock;
    private final String verificationBaseUrl;
    private final String keyPrefix;

    public LicenceService(CommandPath<String, RegisteredLicence, LicenceEvent> path, LicenceRegister register,
                          LicenceRenderer renderer, LicenceDocuments documents, Clock clock, String verificationBaseUrl,
                          String keyPrefix) {
        this.path = path;
        this.register = register;
        this.renderer = renderer;
        this.documents = documents;
        this.clock = clock;
        this.verificationBaseUrl = verificationBaseUrl.endsWith("/")
                ? verificationBaseUrl.substring(0, verificationBaseUrl.length() - 1) : verificationBaseUrl;
        this.keyPrefix = keyPrefix;
    }

    /**
     * Called in the transaction of the command that decided the case: an approval's licence joins the register as
     * PENDING, so the decision and the register commit together and no object store is needed to decide.
     */
    public void decided(ReviewCase decidedCase) {
        Licence licence = decidedCase.decision() == null ? null : decidedCase.decision().licence();
        if (licence == null) {
            return; // a rejection grants nothing
        }
        CaseOpening o = decidedCase.opening();
        HolderKind kind = register.holderKind(decidedCase.caseNumber()).orElse(HolderKind.PERSON);
        LicenceHolder holder = new LicenceHolder(o.holderName() == null ? "" : o.holderName(), kind,
                o.holderMaskedIdNumber());
        path.create(Command.of("register-licence", REVIEW), () -> RegisteredLicence.pending(licence.number(),
                decidedCase.caseNumber().value(), o.itemCode(), o.itemName(), holder, o.implementingDepartment(),
                licence.validFrom(), licence.validUntil(), licence.status(), clock.instant()));
    }

    /** {@code intake.ApplicationAccepted}: the holder's kind decides how verification shows their name. */
    public void holderKnown(CaseNumber caseNumber, HolderKind kind) {
        if (kind != null) {
            register.recordHolderKind(caseNumber, kind);
        }
    }

    public List<String> pending(int max) {
        return register.pendingNumbers(max);
    }

    /**
     * Issues one pending licence's PDF: a new 防伪码, the PDF rendered with it and its QR code, the object stored under
     * {@code <prefix><number>.pdf}, then (same transaction, row locked) the code's hash, the object's reference and
     * {@code review.LicenceIssued}. If the store is down nothing is recorded and the licence stays PENDING; a later run
     * renders again with a new code and overwrites the same key, so a code is valid only once its hash committed.
     *
     * @return what became of it
     */
    public IssueOutcome issue(String number) {
        try {
            return path.run(number, Command.of("issue-licence", REVIEW), licence -> {
                if (!licence.pending()) {
                    return IssueOutcome.ALREADY_ISSUED;
                }
                String code = VerificationCode.generate();
                byte[] pdf = renderer.render(licence.content(code, verificationUrl(number, code),
                        ChinaTime.today(clock)));
                var stored = documents.store(keyOf(number), pdf);
                licence.issue(VerificationCode.hash(code), stored, clock.instant());
                return IssueOutcome.ISSUED;
            });
        } catch (LicenceDocuments.DocumentStoreUnavailable e) {
            log.warn("licence {}: object store unavailable, the document stays PENDING and is retried: {}", number,
                    e.getMessage());
            register.recordFailedAttempt(number, e.getMessage());
            return IssueOutcome.STORE_UNAVAILABLE;
        }
    }

    /** What one issuing attempt did. */
    public enum IssueOutcome {
        ISSUED,
        /** another run (or instance) issued it first */
        ALREADY_ISSUED,
        /** the object store is down: the licence stays PENDING */
        STORE_UNAVAILABLE
    }

    /** Supervision's suspension or revocation (invariant 5): the register shows it, verification answers it. */
    public void actionTaken(CaseNumber caseNumber, LicenceStatus status, String takenBy, String reason) {
        Optional<String> number = register.numberOfCase(caseNumber);
        if (number.isEmpty()) {
            log.info("licence action for case {} without a registered licence (decided before the register)", caseNumber);
            return;
        }
        path.onEvent(number.get(), Command.of("licence-action-taken", REVIEW),
                licence -> licence.statusChanged(status, takenBy, reason, clock.instant()));
    }

    /** Public fields when number and code match; empty otherwise, the same for an unknown number and a wrong code. */
    public Optional<LicenceVerification> verify(String number, String code) {
        if (number == null || number.length() > 64 || code == null) {
            return Optional.empty();
        }
        return register.find(number).flatMap(licence -> licence.verify(code));
    }

    /** What the QR code encodes: {@code <base>/api/review/v1/licences/{number}?code=...}. */
    public String verificationUrl(String number, String code) {
        return verificationBaseUrl + "/api/review/v1/licences/" + URLEncoder.encode(number, StandardCharsets.UTF_8)
                + "?code=" + code;
    }

    String keyOf(String number) {
        return keyPrefix + number + ".pdf";
    }
}

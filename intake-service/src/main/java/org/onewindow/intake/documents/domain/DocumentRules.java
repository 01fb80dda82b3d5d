package org.onewindow.intake.documents.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.onewindow.intake.applications.domain.Application;
import org.onewindow.intake.applications.domain.ApplicationStatus;
import org.onewindow.intake.catalog.domain.Material;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;

/**
 * What a file must be to be attached to a material: a material the item version asks for, a case still taking
 * materials, one of the four types (from the bytes), and within the size limits. Each refusal names the material
 * and the rule.
 */
public final class DocumentRules {

    /**
     * Files are taken while the case can still use them: at the notice (一次性告知), after acceptance (容缺 materials,
     * the clerk scanning paper materials) and during review (补正). Not after refusal, decision or delivery.
     */
    static final Set<ApplicationStatus> TAKING_FILES = EnumSet.of(ApplicationStatus.NOTICE_ISSUED,
            ApplicationStatus.ACCEPTED, ApplicationStatus.IN_REVIEW, ApplicationStatus.SUPPLEMENT_REQUESTED);

    private DocumentRules() {
    }

    /** The material of the item version the case was submitted under (422 naming it when the item does not ask for it). */
    public static Material materialAsked(Application application, String materialCode) {
        return application.item().materials().stream().filter(m -> m.code().equals(materialCode)).findFirst()
                .orElseThrow(() -> new RuleViolation("materialCode", "intake.document-material-not-asked",
                        "item " + application.item().itemCode() + " does not ask for material '" + materialCode
                                + "'; it asks for " + application.item().materials().stream().map(Material::code).toList()));
    }

    /** 409 when the case no longer takes files (refused, decided, delivered). */
    public static void requireTakingFiles(Application application) {
        if (!TAKING_FILES.contains(application.status())) {
            throw new StateConflict("intake.documents-closed", "application " + application.caseNumber() + " is "
                    + application.status() + "; files are attached only while materials are taken (NOTICE_ISSUED, "
                    + "ACCEPTED, IN_REVIEW, SUPPLEMENT_REQUESTED)");
        }
    }

    /** The sniffed type, or 422 naming the material: anything but PDF, JPEG, PNG, OFD is refused, whatever its name. */
    public static DocumentType requireType(Optional<DocumentType> sniffed, String materialCode) {
        return sniffed.orElseThrow(() -> new RuleViolation("file", "intake.document-type-not-allowed",
                "the file for material '" + materialCode + "' is not a PDF, JPEG, PNG or OFD document (judged by its "
                        + "content, not its name)"));
    }

    /** A file larger than the limit (checked while streaming, for uploads that do not say their length). */
    public static RuleViolation tooLarge(String materialCode, long maxFileBytes) {
        return new RuleViolation("file", "intake.document-too-large", "the file for material '" + materialCode
                + "' is larger than " + maxFileBytes + " bytes, the limit of one file");
    }

    /** The case's files together (every version counts: none is deleted) may not pass the per-application limit. */
    public static void requireRoomFor(String materialCode, long usedBytes, int documents, long addedBytes,
                                      long maxApplicationBytes, int maxDocuments) {
        if (documents + 1 > maxDocuments) {
            throw new RuleViolation("file", "intake.documents-per-application", "the application already holds "
                    + documents + " files, the limit is " + maxDocuments + " (material '" + materialCode + "')");
        }
        if (usedBytes + addedBytes > maxApplicationBytes) {
            throw new RuleViolation("file", "intake.documents-size-per-application", "the file for material '"
                    + materialCode + "' would bring the application's files to " + (usedBytes + addedBytes)
                    + " bytes, the limit is " + maxApplicationBytes);
        }
    }
}

package org.onewindow.intake.documents.domain;

import org.onewindow.intake.applications.domain.SubmittedMaterial;

/**
 * How a material's newest document counts in the materials check (docs/intake.md, "Documents"): ACCEPTED is
 * provided; DEFECTIVE is provided but defective, with the clerk's reason for the one-time notice; UPLOADED (not
 * pre-reviewed yet) is not provided yet, noted as waiting for pre-review. A material without documents keeps the
 * flag the applicant or clerk sent (paper handed in at the window, and API compatibility).
 */
public final class MaterialEvidence {

    /** The note the notice shows for a file that waits for pre-review. */
    public static final String AWAITING_PRE_REVIEW = "已上传，待窗口预审";

    private MaterialEvidence() {
    }

    public static SubmittedMaterial of(Document.Snapshot newest) {
        return switch (newest.status()) {
            case ACCEPTED -> new SubmittedMaterial(newest.materialCode(), true, false, null);
            case DEFECTIVE -> new SubmittedMaterial(newest.materialCode(), true, true, newest.defectReason());
            case UPLOADED -> new SubmittedMaterial(newest.materialCode(), false, false, AWAITING_PRE_REVIEW);
        };
    }
}

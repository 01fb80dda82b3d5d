package org.onewindow.intake.applications.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * The electronic licence's PDF as a document of the case (registered from {@code review.LicenceIssued}): what the
 * delivery references.
 *
 * @param documentId the document's id in intake (the holder downloads it through the document endpoints)
 * @param sha256     the PDF's SHA-256, lower-case hex
 */
public record LicenceDocument(UUID documentId, String sha256) {
    public LicenceDocument {
        Objects.requireNonNull(documentId, "documentId");
    }
}

package org.onewindow.intake.documents.adapters.messaging;

import org.onewindow.contracts.review.LicenceIssued;
import org.onewindow.intake.documents.application.DocumentService;

/** {@code review.LicenceIssued} read into the documents' terms: the licence PDF becomes a document of the case. */
public final class LicenceEvents {

    private LicenceEvents() {
    }

    public static void licenceIssued(DocumentService documents, LicenceIssued event) {
        documents.registerLicence(new DocumentService.IssuedLicence(event.caseNumber(), event.licenceNumber(),
                event.documentKey(), event.sha256(), event.sizeBytes(), event.contentType(), event.fileName(),
                event.issuedAt()));
    }
}

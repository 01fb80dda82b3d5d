package org.onewindow.intake.documents.adapters.web;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.onewindow.intake.documents.domain.Document;
import org.onewindow.intake.documents.domain.DocumentKind;
import org.onewindow.intake.documents.domain.DocumentStatus;
import org.onewindow.intake.documents.domain.DocumentType;

/**
 * One document (one version of a material's file) as its readers see it.
 *
 * @param version   1 for the first file of the material, +1 per replacement
 * @param mediaType what the bytes are (the download's Content-Type)
 * @param retention how long the case's documents are kept from its end: an ISO period ({@code P30Y}) or
 *                  {@code PERMANENT}
 * @param content   the path to download it from (through the API, with the caller's token; there is no public URL)
 * @param kind      MATERIAL for a material's file; LICENCE for the electronic licence review issued (material code
 *                  {@code LICENCE}, ACCEPTED as issued)
 */
public record DocumentView(UUID documentId, String caseNumber, String materialCode, int version, DocumentType type,
                           String mediaType, String sha256, long sizeBytes, String fileName, DocumentStatus status,
                           String defectReason, String uploadedBy, String uploadedRole, OffsetDateTime uploadedAt,
                           String reviewedBy, OffsetDateTime reviewedAt, boolean legalHold, String retention,
                           String content, DocumentKind kind) {

    static DocumentView of(Document document, String retention) {
        Document.Snapshot d = document.state();
        return new DocumentView(d.id(), d.caseNumber(), d.materialCode(), d.docVersion(), d.type(), d.type().mediaType(),
                d.sha256(), d.sizeBytes(), d.fileName(), d.status(), d.defectReason(), d.uploadedBy(), d.uploadedRole(),
                d.uploadedAt(), d.reviewedBy(), d.reviewedAt(), d.legalHold(), retention,
                DocumentController.BASE + "/" + d.caseNumber() + "/documents/" + d.id() + "/content", d.kind());
    }
}

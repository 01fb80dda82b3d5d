package org.onewindow.review.cases.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.onewindow.platform.kernel.CaseNumber;

/**
 * The documents of each case as intake announces them ({@code intake.MaterialsUpdated}): references to read in
 * intake, never content. Table {@code case_document}.
 */
public interface CaseDocuments {

    /** One document (one version of a material's file) as last announced. */
    record CaseDocument(UUID documentId, String caseNumber, String materialCode, int version, String contentType,
                        String sha256, long sizeBytes, String status, OffsetDateTime updatedAt) {
    }

    /** Keeps the newest state of the document (a redelivered or older announcement changes nothing). */
    void record(CaseDocument document);

    /** By material, then version. */
    List<CaseDocument> of(CaseNumber caseNumber);
}

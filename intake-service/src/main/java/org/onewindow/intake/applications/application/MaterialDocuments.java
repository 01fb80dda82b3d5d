package org.onewindow.intake.applications.application;

import java.util.Map;
import java.util.Optional;

import org.onewindow.intake.applications.domain.LicenceDocument;
import org.onewindow.intake.applications.domain.SubmittedMaterial;
import org.onewindow.platform.kernel.CaseNumber;

/**
 * What the documents attached to a case say about its materials (docs/intake.md, "Documents"): for each material
 * with at least one document, how its newest version counts. A material without documents is judged by the flag
 * sent, as before documents existed.
 */
@FunctionalInterface
public interface MaterialDocuments {

    MaterialDocuments NONE = caseNumber -> Map.of();

    /** By material code; read inside the command's transaction. */
    Map<String, SubmittedMaterial> evidence(CaseNumber caseNumber);

    /** The electronic licence's document of the case, once review issued it; what the delivery references. */
    default Optional<LicenceDocument> licence(CaseNumber caseNumber) {
        return Optional.empty();
    }
}

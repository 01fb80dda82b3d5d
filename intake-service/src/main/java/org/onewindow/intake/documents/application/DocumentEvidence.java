package org.onewindow.intake.documents.application;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.onewindow.intake.applications.application.MaterialDocuments;
import org.onewindow.intake.applications.domain.LicenceDocument;
import org.onewindow.intake.applications.domain.SubmittedMaterial;
import org.onewindow.intake.documents.domain.MaterialEvidence;
import org.onewindow.platform.kernel.CaseNumber;

/** Materials with documents: how each one's newest version counts in the materials check ({@link MaterialEvidence}). */
public record DocumentEvidence(DocumentStore store) implements MaterialDocuments {

    @Override
    public Optional<LicenceDocument> licence(CaseNumber caseNumber) {
        return store.licenceOf(caseNumber.value()).map(d -> new LicenceDocument(d.id(), d.state().sha256()));
    }

    @Override
    public Map<String, SubmittedMaterial> evidence(CaseNumber caseNumber) {
        return store.newestPerMaterial(caseNumber.value()).values().stream()
                .filter(d -> !d.state().licence()) // the licence is no material of the application
                .collect(Collectors.toMap(d -> d.state().materialCode(), d -> MaterialEvidence.of(d.state())));
    }
}

package org.onewindow.intake.documents.application;

import java.util.Map;
import java.util.stream.Collectors;

import org.onewindow.intake.applications.application.MaterialDocuments;
import org.onewindow.intake.applications.domain.SubmittedMaterial;
import org.onewindow.intake.documents.domain.MaterialEvidence;
import org.onewindow.platform.kernel.CaseNumber;

/** Materials with documents: how each one's newest version counts in the materials check ({@link MaterialEvidence}). */
public class DocumentEvidence implements MaterialDocuments {

    private final DocumentStore store;

    public DocumentEvidence(DocumentStore store) {
        this.store = store;
    }

    @Override
    public Map<String, SubmittedMaterial> evidence(CaseNumber caseNumber) {
        return store.newestPerMaterial(caseNumber.value()).values().stream()
                .collect(Collectors.toMap(d -> d.state().materialCode(), d -> MaterialEvidence.of(d.state())));
    }
}

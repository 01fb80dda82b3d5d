package org.onewindow.intake.documents.adapters.messaging;

import java.util.List;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.intake.MaterialsUpdated;
import org.onewindow.intake.documents.domain.Document;
import org.onewindow.intake.documents.domain.DocumentEvent;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.commands.ContractMapper;

/**
 * Documents' internal events → {@code intake.MaterialsUpdated}: references only (id, version, type, hash, size,
 * status). The file name is left out: it may name a person; the defect reason too: the notice carries it.
 */
public final class DocumentContracts implements ContractMapper<DocumentEvent> {

    @Override
    public List<DomainEvent> toContracts(DocumentEvent event) {
        return switch (event) {
            case DocumentEvent.Updated(Document.Snapshot d) -> List.of(new MaterialsUpdated(d.caseNumber(),
                    d.materialCode(), d.id(), d.docVersion(), MaterialsUpdated.ContentType.valueOf(d.type().name()),
                    d.sha256(), d.sizeBytes(), MaterialsUpdated.Status.valueOf(d.status().name()),
                    (d.reviewedAt() != null ? d.reviewedAt() : d.uploadedAt()).atZoneSameInstant(ChinaTime.ZONE)
                            .toOffsetDateTime()));
        };
    }
}

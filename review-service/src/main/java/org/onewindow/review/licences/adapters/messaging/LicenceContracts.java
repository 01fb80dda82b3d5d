package org.onewindow.review.licences.adapters.messaging;

import java.util.List;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.review.LicenceIssued;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.commands.ContractMapper;
import org.onewindow.review.licences.domain.LicenceEvent;

/** The register's events as published contracts of {@code review.cases}: {@code review.LicenceIssued}. */
public final class LicenceContracts implements ContractMapper<LicenceEvent> {

    @Override
    public List<DomainEvent> toContracts(LicenceEvent event) {
        return switch (event) {
            case LicenceEvent.Issued e -> List.of(new LicenceIssued(e.caseNumber(), e.number(), e.itemCode(),
                    e.validFrom(), e.validUntil(), e.document().key(), e.document().sha256(), e.document().sizeBytes(),
                    "application/pdf", e.number() + ".pdf", e.issuedAt().atZone(ChinaTime.ZONE).toOffsetDateTime()));
        };
    }
}

package org.onewindow.supervision.records.adapters.messaging;

import java.util.List;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.contracts.supervision.SupervisionRecordClaimed;
import org.onewindow.contracts.supervision.SupervisionRecordEscalated;
import org.onewindow.contracts.supervision.SupervisionRecordPushed;
import org.onewindow.platform.commands.ContractMapper;
import org.onewindow.supervision.records.domain.RecordEvent;

/** A record's internal events as the {@code supervision.records} stream publishes them (one contract event each). */
public final class RecordContracts implements ContractMapper<RecordEvent> {

    @Override
    public List<DomainEvent> toContracts(RecordEvent event) {
        return List.of(switch (event) {
            case RecordEvent.Pushed p -> new SupervisionRecordPushed(p.recordId(), p.caseNumber().value(),
                    p.itemCode().value(), p.licenceNumber(), p.supervisingDepartment().value(), p.decidedAt(),
                    p.pushedAt(), p.claimDeadline());
            case RecordEvent.Claimed c -> new SupervisionRecordClaimed(c.recordId(), c.caseNumber().value(),
                    c.supervisingDepartment().value(), c.claimedBy().value(), c.claimedAt());
            case RecordEvent.Escalated e -> new SupervisionRecordEscalated(e.recordId(), e.caseNumber().value(),
                    e.supervisingDepartment().value(), e.reason(), e.escalatedAt());
            case RecordEvent.ActionTaken a -> new LicenceActionTaken(a.recordId(), a.caseNumber().value(),
                    a.licenceNumber(), LicenceActionTaken.Action.valueOf(a.action().name()), a.reason(),
                    a.takenBy().value(), a.takenAt());
        });
    }
}

package org.onewindow.contracts.supervision;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.onewindow.contracts.CaseEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A record was not claimed in time (or otherwise needs a higher authority) and was escalated, so no
 * approval stays unsupervised ("以批代管").
 */
@EventType(name = "supervision.SupervisionRecordEscalated", version = 1, stream = Stream.SUPERVISION_RECORDS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupervisionRecordEscalated(
        UUID recordId,
        String caseNumber,
        String supervisingDepartment,
        String reason,
        OffsetDateTime escalatedAt) implements CaseEvent {

    public SupervisionRecordEscalated {
        EventFields.requireKey(caseNumber, "caseNumber");
    }
}

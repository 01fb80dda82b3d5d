package org.onewindow.contracts.supervision;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.onewindow.contracts.CaseEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The supervising department took the record on (认领); post-approval supervision (事中事后监管) starts.
 *
 * @param claimedBy the supervisor's user id; never one of the decision's participants (审管分离)
 */
@EventType(name = "supervision.SupervisionRecordClaimed", version = 1, stream = Stream.SUPERVISION_RECORDS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupervisionRecordClaimed(
        UUID recordId,
        String caseNumber,
        String supervisingDepartment,
        String claimedBy,
        OffsetDateTime claimedAt) implements CaseEvent {

    public SupervisionRecordClaimed {
        EventFields.requireKey(caseNumber, "caseNumber");
    }
}

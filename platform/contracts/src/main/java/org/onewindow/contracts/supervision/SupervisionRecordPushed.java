package org.onewindow.contracts.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.onewindow.contracts.CaseEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An approval was pushed to its supervising department (审管联动 推送), which must claim it by
 * {@code claimDeadline} or the record escalates.
 *
 * @param decidedAt when review decided, to measure the 2-working-day push limit
 */
@EventType(name = "supervision.SupervisionRecordPushed", version = 1, stream = Stream.SUPERVISION_RECORDS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupervisionRecordPushed(
        UUID recordId,
        String caseNumber,
        String itemCode,
        String licenceNumber,
        String supervisingDepartment,
        OffsetDateTime decidedAt,
        OffsetDateTime pushedAt,
        LocalDate claimDeadline) implements CaseEvent {

    public SupervisionRecordPushed {
        EventFields.requireKey(caseNumber, "caseNumber");
    }
}

package org.onewindow.contracts.supervision;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.onewindow.contracts.CaseEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A supervision finding on a licence, flowing back to the approval side: review and intake must show a
 * suspended or revoked licence as such.
 *
 * @param action null when a newer producer sends an action this reader does not know (tolerant reader: consumers
 *               ignore it instead of dead-lettering a valid event)
 */
@EventType(name = "supervision.LicenceActionTaken", version = 1, stream = Stream.SUPERVISION_RECORDS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LicenceActionTaken(
        UUID recordId,
        String caseNumber,
        String licenceNumber,
        @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) Action action,
        String reason,
        String takenBy,
        OffsetDateTime takenAt) implements CaseEvent {

    public LicenceActionTaken {
        EventFields.requireKey(caseNumber, "caseNumber");
    }

    public enum Action {
        /** 责令整改: the licence stays valid */
        RECTIFY,
        /** 暂扣 / 暂停 */
        SUSPEND,
        /** 撤销 / 吊销 */
        REVOKE
    }
}

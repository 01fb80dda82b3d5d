package org.onewindow.contracts.intake;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.onewindow.contracts.CaseEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;
import org.onewindow.contracts.review.Outcome;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The result left through the single window (统一窗口出件). Outcome and licence number repeat the review
 * decision, so reconciliation can check that what was delivered is what was decided.
 *
 * @param licenceNumber null for a rejection
 * @param agentUserId   the village agent who collected or relayed it; null when none
 */
@EventType(name = "intake.ResultDelivered", version = 1, stream = Stream.INTAKE_APPLICATIONS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResultDelivered(
        String caseNumber,
        String itemCode,
        String itemName,
        Outcome outcome,
        @Nullable String licenceNumber,
        DeliveryMethod method,
        OffsetDateTime deliveredAt,
        String centreCode,
        String implementingDepartment,
        String applicantUserId,
        @Nullable String agentUserId) implements CaseEvent {

    public ResultDelivered {
        EventFields.requireKey(caseNumber, "caseNumber");
    }

    public enum DeliveryMethod {
        /** 窗口领取 */
        WINDOW_PICKUP,
        /** 邮寄 */
        MAIL,
        /** 送证上门 */
        DOOR_DELIVERY
    }
}

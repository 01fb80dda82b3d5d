package org.onewindow.contracts.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.onewindow.contracts.CaseEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;
import org.onewindow.contracts.review.Outcome;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The result left through the single window (统一窗口出件). Outcome and licence number repeat the review
 * decision, so reconciliation can check that what was delivered is what was decided.
 *
 * @param licenceNumber     null for a rejection
 * @param method            how it left; read tolerantly: a value this consumer does not know reads as null (the
 *                          enum is listed in the compatibility gate's tolerated event enums, docs/changelog.md)
 * @param agentUserId       the village agent who collected or relayed it; null when none
 * @param reference         the method's reference: the EMS tracking number (MAIL) or the electronic licence's number
 *                          (ELECTRONIC); null for a pick-up at the window (who collected it is personal data) and in
 *                          events written before issue 10
 * @param late              true when delivered after {@code licenceIssueDueBy} (Art. 44 行政许可法); null in events
 *                          written before issue 10 or without a due date
 * @param licenceIssueDueBy the Art. 44 due date the delivery was measured against; null for a rejection
 * @param licenceDocumentId the electronic licence's PDF as a document of the case in intake (downloadable by the
 *                          holder at {@code /api/intake/v1/applications/{caseNumber}/documents/{id}/content}); null
 *                          when no licence document was registered at delivery, and in events written before issue 11
 * @param licenceSha256     SHA-256 of that PDF (lower-case hex), with {@code licenceDocumentId}
 */
@EventType(name = "intake.ResultDelivered", version = 1, stream = Stream.INTAKE_APPLICATIONS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResultDelivered(
        String caseNumber,
        String itemCode,
        String itemName,
        Outcome outcome,
        @Nullable String licenceNumber,
        @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) DeliveryMethod method,
        OffsetDateTime deliveredAt,
        String centreCode,
        String implementingDepartment,
        String applicantUserId,
        @Nullable String agentUserId,
        @Nullable String reference,
        @Nullable Boolean late,
        @Nullable LocalDate licenceIssueDueBy,
        @Nullable UUID licenceDocumentId,
        @Nullable String licenceSha256) implements CaseEvent {

    /** The delivery as written in issue 10 (no licence document). */
    public ResultDelivered(String caseNumber, String itemCode, String itemName, Outcome outcome,
                           @Nullable String licenceNumber, DeliveryMethod method, OffsetDateTime deliveredAt,
                           String centreCode, String implementingDepartment, String applicantUserId,
                           @Nullable String agentUserId, @Nullable String reference, @Nullable Boolean late,
                           @Nullable LocalDate licenceIssueDueBy) {
        this(caseNumber, itemCode, itemName, outcome, licenceNumber, method, deliveredAt, centreCode,
                implementingDepartment, applicantUserId, agentUserId, reference, late, licenceIssueDueBy, null, null);
    }

    /** The delivery as written before issue 10 (no reference, lateness or due date). */
    public ResultDelivered(String caseNumber, String itemCode, String itemName, Outcome outcome,
                           @Nullable String licenceNumber, DeliveryMethod method, OffsetDateTime deliveredAt,
                           String centreCode, String implementingDepartment, String applicantUserId,
                           @Nullable String agentUserId) {
        this(caseNumber, itemCode, itemName, outcome, licenceNumber, method, deliveredAt, centreCode,
                implementingDepartment, applicantUserId, agentUserId, null, null, null);
    }

    public ResultDelivered {
        EventFields.requireKey(caseNumber, "caseNumber");
    }

    public enum DeliveryMethod {
        /** 窗口领取 */
        WINDOW_PICKUP,
        /** 邮寄 */
        MAIL,
        /** 送证上门 */
        DOOR_DELIVERY,
        /** 电子证照: the electronic licence, {@code reference} is its number (issue 10) */
        ELECTRONIC
    }
}

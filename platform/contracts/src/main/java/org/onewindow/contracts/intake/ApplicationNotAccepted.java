package org.onewindow.contracts.intake;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onewindow.contracts.CaseEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The front desk refused to accept an application (不予受理), with a dated receipt and at least one reason.
 * <p>{@code centreCode}, {@code implementingDepartment}, {@code applicantUserId} and {@code agentUserId} (added within
 * v1, optional: older producers leave them out) say who may rate this service experience (好差评 covers refusals
 * and notices too) and whom it is counted for.
 */
@EventType(name = "intake.ApplicationNotAccepted", version = 1, stream = Stream.INTAKE_APPLICATIONS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplicationNotAccepted(
        String caseNumber,
        String itemCode,
        List<Reason> reasons,
        String decidedBy,
        OffsetDateTime decidedAt,
        @Nullable String centreCode,
        @Nullable String implementingDepartment,
        @Nullable String applicantUserId,
        @Nullable String agentUserId) implements CaseEvent {

    public ApplicationNotAccepted {
        EventFields.requireKey(caseNumber, "caseNumber");
        reasons = EventFields.list(reasons);
    }

    /** As producers before the rating fields wrote it. */
    public ApplicationNotAccepted(String caseNumber, String itemCode, List<Reason> reasons, String decidedBy,
                                  OffsetDateTime decidedAt) {
        this(caseNumber, itemCode, reasons, decidedBy, decidedAt, null, null, null, null);
    }

    /**
     * @param rule    stable rule identifier, e.g. {@code item-not-published} (目录之外无审批)
     * @param message the reason as shown on the receipt
     */
    public record Reason(String rule, String message) {
    }
}

package org.onewindow.supervision.records.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.ItemCode;
import org.onewindow.platform.kernel.UserId;

/**
 * What happened to a supervision record, as the domain says it. The messaging adapter's contract mapper turns each
 * into the {@code supervision.*} event integrators read; these may change freely, the contract events may not.
 */
public sealed interface RecordEvent {

    UUID recordId();

    CaseNumber caseNumber();

    /** 推送 */
    record Pushed(UUID recordId, CaseNumber caseNumber, ItemCode itemCode, String licenceNumber,
                  DepartmentCode supervisingDepartment, OffsetDateTime decidedAt, OffsetDateTime pushedAt,
                  LocalDate claimDeadline) implements RecordEvent {
    }

    /** 认领 */
    record Claimed(UUID recordId, CaseNumber caseNumber, DepartmentCode supervisingDepartment, UserId claimedBy,
                   OffsetDateTime claimedAt) implements RecordEvent {
    }

    /** Unclaimed past the claim deadline. */
    record Escalated(UUID recordId, CaseNumber caseNumber, DepartmentCode supervisingDepartment, String reason,
                     OffsetDateTime escalatedAt) implements RecordEvent {
    }

    /** 责令整改 / 暂扣 / 撤销: flows back to review and intake (invariant 5). */
    record ActionTaken(UUID recordId, CaseNumber caseNumber, String licenceNumber, ActionType action, String reason,
                       UserId takenBy, OffsetDateTime takenAt) implements RecordEvent {
    }
}

package org.onewindow.supervision.reconciliation.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Invariant 2 at one moment: every approval seen has exactly one record, and no record sits unclaimed past its
 * deadline without having been escalated. Both lists should be empty.
 *
 * @param approvalsWithoutRecord case numbers of approvals seen on review.cases that have no record
 * @param overdueNotEscalated    records still PUSHED after their claim deadline day
 * @param pushedLate             case numbers of approvals pushed after the push limit (decision to push); they
 *                               do not make the report inconsistent, they show where events were delayed
 */
public record ReconciliationReport(OffsetDateTime checkedAt, LocalDate today, long approvalsSeen,
                                   long rejectionsSeen, long records, List<String> approvalsWithoutRecord,
                                   List<OverdueRecord> overdueNotEscalated, List<String> pushedLate) {

    public ReconciliationReport {
        approvalsWithoutRecord = List.copyOf(approvalsWithoutRecord);
        overdueNotEscalated = List.copyOf(overdueNotEscalated);
        pushedLate = List.copyOf(pushedLate);
    }

    public boolean consistent() {
        return approvalsWithoutRecord.isEmpty() && overdueNotEscalated.isEmpty();
    }

    public record OverdueRecord(UUID recordId, String caseNumber, String supervisingDepartment,
                                LocalDate claimDeadline) {
    }
}

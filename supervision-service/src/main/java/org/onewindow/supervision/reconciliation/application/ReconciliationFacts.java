package org.onewindow.supervision.reconciliation.application;

import java.time.LocalDate;
import java.util.List;

/** What reconciliation counts and lists, read from supervision's own tables. */
public interface ReconciliationFacts {

    /** Case numbers of approvals seen that have no record, oldest decision first. */
    List<String> approvalsWithoutRecord(int limit);

    /** Records still PUSHED after their claim deadline day, oldest deadline first. */
    List<ReconciliationReport.OverdueRecord> overdueNotEscalated(LocalDate today, int limit);

    /** Case numbers of records pushed after the push limit, in push order. */
    List<String> pushedLate(int limit);

    long approvalsSeen();

    long rejectionsSeen();

    long records();
}

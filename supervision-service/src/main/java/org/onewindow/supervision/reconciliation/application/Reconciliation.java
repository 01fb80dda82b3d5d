package org.onewindow.supervision.reconciliation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.onewindow.platform.clock.ChinaTime;
import org.springframework.transaction.annotation.Transactional;

/** The invariant-2 report, from one read-only transaction (at most {@value #LIMIT} cases per list). */
public class Reconciliation {

    static final int LIMIT = 1000;

    private final ReconciliationFacts facts;
    private final Clock clock;

    public Reconciliation(ReconciliationFacts facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReconciliationReport report() {
        LocalDate today = ChinaTime.today(clock);
        return new ReconciliationReport(OffsetDateTime.now(clock), today, facts.approvalsSeen(), facts.rejectionsSeen(),
                facts.records(), facts.approvalsWithoutRecord(LIMIT), facts.overdueNotEscalated(today, LIMIT),
                facts.pushedLate(LIMIT));
    }
}

package org.onewindow.supervision.records.adapters.persistence;

import java.time.OffsetDateTime;

import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.supervision.records.application.DecisionLedger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code decisions_seen}: one row per case, the first decision event that named it. */
@Repository
public class JdbcDecisionLedger implements DecisionLedger {

    private final JdbcClient jdbc;

    public JdbcDecisionLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void note(DecisionMade decision, String eventId, OffsetDateTime seenAt) {
        jdbc.sql("""
                        insert into decisions_seen (case_number, outcome, item_code, supervising_department, decided_at,
                            seen_at, event_id)
                        values (:caseNumber, :outcome, :itemCode, :department, :decidedAt, :seenAt, :eventId)
                        on conflict (case_number) do nothing
                        """)
                .param("caseNumber", decision.caseNumber())
                .param("outcome", decision.outcome().name())
                .param("itemCode", decision.itemCode())
                .param("department", decision.supervisingDepartment() == null ? "" : decision.supervisingDepartment())
                .param("decidedAt", decision.decidedAt())
                .param("seenAt", seenAt)
                .param("eventId", eventId)
                .update();
    }
}

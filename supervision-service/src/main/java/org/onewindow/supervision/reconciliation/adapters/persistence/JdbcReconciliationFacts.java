package org.onewindow.supervision.reconciliation.adapters.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.onewindow.supervision.reconciliation.application.ReconciliationFacts;
import org.onewindow.supervision.reconciliation.application.ReconciliationReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reconciliation's queries over {@code decisions_seen} and {@code supervision_records}. */
@Repository
public class JdbcReconciliationFacts implements ReconciliationFacts {

    private final JdbcClient jdbc;

    public JdbcReconciliationFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> approvalsWithoutRecord(int limit) {
        return jdbc.sql("""
                        select d.case_number from decisions_seen d
                        where d.outcome = 'APPROVED'
                          and not exists (select 1 from supervision_records r where r.case_number = d.case_number)
                        order by d.decided_at, d.case_number limit :limit
                        """)
                .param("limit", limit).query(String.class).list();
    }

    @Override
    public List<ReconciliationReport.OverdueRecord> overdueNotEscalated(LocalDate today, int limit) {
        return jdbc.sql("""
                        select id, case_number, supervising_department, claim_deadline from supervision_records
                        where status = 'PUSHED' and claim_deadline < :today
                        order by claim_deadline, id limit :limit
                        """)
                .param("today", today).param("limit", limit)
                .query((rs, n) -> new ReconciliationReport.OverdueRecord(rs.getObject("id", UUID.class),
                        rs.getString("case_number"), rs.getString("supervising_department"),
                        rs.getObject("claim_deadline", LocalDate.class)))
                .list();
    }

    @Override
    public List<String> pushedLate(int limit) {
        return jdbc.sql("select case_number from supervision_records where pushed_late order by pushed_at, id limit :limit")
                .param("limit", limit).query(String.class).list();
    }

    @Override
    public long approvalsSeen() {
        return count("select count(*) from decisions_seen where outcome = 'APPROVED'");
    }

    @Override
    public long rejectionsSeen() {
        return count("select count(*) from decisions_seen where outcome = 'REJECTED'");
    }

    @Override
    public long records() {
        return count("select count(*) from supervision_records");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}

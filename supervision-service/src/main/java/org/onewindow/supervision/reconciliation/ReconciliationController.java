package org.onewindow.supervision.reconciliation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.onewindow.supervision.config.SupervisionProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/supervision/v1/reconciliation}: the invariant-2 report (at most 1000 cases per list). */
@RestController
public class ReconciliationController {

    private static final int LIMIT = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SupervisionProperties properties;

    public ReconciliationController(JdbcClient jdbc, Clock clock, SupervisionProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    @GetMapping("/api/supervision/v1/reconciliation")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'MONITOR', 'SYSTEM')")
    @Transactional(readOnly = true)
    public ReconciliationReport report() {
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        List<String> missing = jdbc.sql("""
                        select d.case_number from decisions_seen d
                        where d.outcome = 'APPROVED'
                          and not exists (select 1 from supervision_records r where r.case_number = d.case_number)
                        order by d.decided_at, d.case_number limit :limit
                        """)
                .param("limit", LIMIT).query(String.class).list();
        List<ReconciliationReport.OverdueRecord> overdue = jdbc.sql("""
                        select id, case_number, supervising_department, claim_deadline from supervision_records
                        where status = 'PUSHED' and claim_deadline < :today
                        order by claim_deadline, id limit :limit
                        """)
                .param("today", today).param("limit", LIMIT)
                .query((rs, n) -> new ReconciliationReport.OverdueRecord(rs.getObject("id", UUID.class),
                        rs.getString("case_number"), rs.getString("supervising_department"),
                        rs.getObject("claim_deadline", LocalDate.class)))
                .list();
        List<String> late = jdbc.sql("select case_number from supervision_records where pushed_late "
                        + "order by pushed_at, id limit :limit")
                .param("limit", LIMIT).query(String.class).list();
        long approvals = count("select count(*) from decisions_seen where outcome = 'APPROVED'");
        long rejections = count("select count(*) from decisions_seen where outcome = 'REJECTED'");
        long records = count("select count(*) from supervision_records");
        return new ReconciliationReport(OffsetDateTime.now(clock), today, approvals, rejections, records, missing,
                overdue, late);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}

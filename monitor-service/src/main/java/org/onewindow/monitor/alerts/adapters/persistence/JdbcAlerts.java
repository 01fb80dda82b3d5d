package org.onewindow.monitor.alerts.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.onewindow.monitor.alerts.application.Alerts;
import org.onewindow.monitor.alerts.domain.Alert;
import org.onewindow.monitor.alerts.domain.AlertStatus;
import org.onewindow.monitor.alerts.domain.Rule;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.platform.web.paging.SqlPages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code alert} table. It is not part of the rebuilt read model: alerts survive a rebuild. */
@Repository
public class JdbcAlerts implements Alerts {

    private final JdbcClient jdbc;

    public JdbcAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Alert alert) {
        jdbc.sql("""
                INSERT INTO alert (id, rule, source, case_number, department, centre_code, item_code, detail, status,
                                   raised_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                .params(alert.id(), alert.rule().name(), alert.rule().source(), alert.caseNumber(), alert.department(),
                        alert.centreCode(), alert.itemCode(), alert.detail(), alert.status().name(),
                        ts(alert.raisedAt()))
                .update();
        alert.stored(1);
    }

    @Override
    public boolean update(Alert alert) {
        int rows = jdbc.sql("""
                UPDATE alert SET status = ?, acknowledged_at = ?, acknowledged_by = ?, resolved_at = ?, resolved_by = ?,
                                 version = version + 1
                WHERE id = ? AND version = ?""")
                .params(alert.status().name(), ts(alert.acknowledgedAt()), alert.acknowledgedBy(),
                        ts(alert.resolvedAt()), alert.resolvedBy(), alert.id(), alert.version())
                .update();
        if (rows == 1) {
            alert.stored(alert.version() + 1);
        }
        return rows == 1;
    }

    @Override
    public Optional<Alert> findForUpdate(UUID id) {
        return jdbc.sql("SELECT * FROM alert WHERE id = ? FOR UPDATE").param(id).query(JdbcAlerts::alert).optional();
    }

    @Override
    public Optional<Alert> find(UUID id) {
        return jdbc.sql("SELECT * FROM alert WHERE id = ?").param(id).query(JdbcAlerts::alert).optional();
    }

    @Override
    public boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM alert WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    @Override
    public PageResult<Alert> list(AlertStatus status, Rule rule, String department, PageQuery page) {
        String where = """
                WHERE (CAST(:status AS text) IS NULL OR status = :status)
                  AND (CAST(:rule AS text) IS NULL OR rule = :rule)
                  AND (CAST(:department AS text) IS NULL OR department = :department)""";
        Map<String, String> params = new HashMap<>();
        params.put("status", status == null ? null : status.name());
        params.put("rule", rule == null ? null : rule.name());
        params.put("department", department);
        return SqlPages.page(jdbc, "*", "FROM alert " + where, "raised_at DESC, id", params, JdbcAlerts::alert, page);
    }

    private static Alert alert(ResultSet rs, int n) throws SQLException {
        return Alert.restore(rs.getObject("id", UUID.class), Rule.valueOf(rs.getString("rule")),
                rs.getString("case_number"), rs.getString("department"), rs.getString("centre_code"),
                rs.getString("item_code"), rs.getString("detail"), instant(rs.getTimestamp("raised_at")),
                AlertStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("acknowledged_at")),
                rs.getString("acknowledged_by"), instant(rs.getTimestamp("resolved_at")), rs.getString("resolved_by"),
                rs.getLong("version"));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

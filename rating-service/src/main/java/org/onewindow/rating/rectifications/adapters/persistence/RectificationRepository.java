package org.onewindow.rating.rectifications.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.platform.web.paging.SqlPages;
import org.onewindow.rating.rectifications.application.Rectifications;
import org.onewindow.rating.rectifications.domain.Rectification;
import org.onewindow.rating.rectifications.domain.RectificationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rectifications, one per bad rating, with the version the command path checks on every save. */
@Repository
public class RectificationRepository implements Rectifications {

    private final JdbcClient jdbc;

    public RectificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Rectification rectification) {
        jdbc.sql("""
                INSERT INTO rectification (rectification_id, rating_id, case_number, implementing_department, status,
                                           opened_at, due_on, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1)""")
                .params(rectification.rectificationId(), rectification.ratingId(), rectification.caseNumber().value(),
                        rectification.implementingDepartment().value(), rectification.status().name(),
                        rectification.openedAt(), rectification.dueOn())
                .update();
        rectification.stored(1);
    }

    @Override
    public boolean update(Rectification rectification) {
        int rows = jdbc.sql("""
                UPDATE rectification SET status = ?, due_on = ?, version = version + 1
                WHERE rectification_id = ? AND version = ?""")
                .params(rectification.status().name(), rectification.dueOn(), rectification.rectificationId(),
                        rectification.version())
                .update();
        if (rows == 1) {
            rectification.stored(rectification.version() + 1);
        }
        return rows == 1;
    }

    @Override
    public Optional<Rectification> findForUpdate(UUID rectificationId) {
        return jdbc.sql("SELECT * FROM rectification WHERE rectification_id = ? FOR UPDATE").param(rectificationId)
                .query(RectificationRepository::rectification).optional();
    }

    @Override
    public Optional<Rectification> find(UUID rectificationId) {
        return jdbc.sql("SELECT * FROM rectification WHERE rectification_id = ?").param(rectificationId)
                .query(RectificationRepository::rectification).optional();
    }

    @Override
    public Optional<Rectification> findByRating(UUID ratingId) {
        return jdbc.sql("SELECT * FROM rectification WHERE rating_id = ?").param(ratingId)
                .query(RectificationRepository::rectification).optional();
    }

    @Override
    public PageResult<Rectification> list(DepartmentCode department, PageQuery page) {
        String where = "WHERE (CAST(:department AS text) IS NULL OR implementing_department = :department)";
        Map<String, String> params = new HashMap<>();
        params.put("department", department == null ? null : department.value());
        return SqlPages.page(jdbc, "*", "FROM rectification " + where, "due_on, rectification_id", params,
                RectificationRepository::rectification, page);
    }

    private static Rectification rectification(ResultSet rs, int n) throws SQLException {
        return Rectification.restore(rs.getObject("rectification_id", UUID.class), rs.getObject("rating_id", UUID.class),
                CaseNumber.of(rs.getString("case_number")), DepartmentCode.of(rs.getString("implementing_department")),
                RectificationStatus.valueOf(rs.getString("status")), rs.getObject("opened_at", OffsetDateTime.class),
                rs.getObject("due_on", LocalDate.class), rs.getLong("version"));
    }
}

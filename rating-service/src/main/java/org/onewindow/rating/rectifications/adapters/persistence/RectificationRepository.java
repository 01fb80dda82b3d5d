package org.onewindow.rating.rectifications.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.rating.ratings.adapters.persistence.ScopeSql;
import org.onewindow.rating.ratings.application.RatingScope;
import org.onewindow.platform.web.paging.SqlPages;
import org.onewindow.rating.rectifications.application.Rectifications;
import org.onewindow.rating.rectifications.domain.Rectification;
import org.onewindow.rating.rectifications.domain.RectificationOutcome;
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
    public void insert(Rectification r) {
        jdbc.sql("""
                INSERT INTO rectification (rectification_id, rating_id, case_number, implementing_department, status,
                                           opened_at, due_on, step_due_on, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                .params(r.rectificationId(), r.ratingId(), r.caseNumber().value(), r.implementingDepartment().value(),
                        r.status().name(), r.openedAt(), r.dueOn(), r.stepDueOn())
                .update();
        r.stored(1);
    }

    @Override
    public boolean update(Rectification r) {
        int rows = jdbc.sql("""
                UPDATE rectification SET status = ?, due_on = ?, step_due_on = ?, step = ?, overdue_warned_step = ?,
                       overdue_steps = ?, reopenings = ?, founded = ?, verification = ?, measures = ?, satisfied = ?,
                       follow_up = ?, appeal = ?, appealed_from = ?, appeal_upheld = ?, appeal_decision = ?,
                       outcome = ?, closed_at = ?, version = version + 1
                WHERE rectification_id = ? AND version = ?""")
                .params(r.status().name(), r.dueOn(), r.stepDueOn(), r.step(), r.overdueWarnedStep(),
                        r.overdueSteps(), r.reopenings(), r.founded(), r.verification(), r.measures(), r.satisfied(),
                        r.followUp(), r.appeal(), name(r.appealedFrom()), r.appealUpheld(), r.appealDecision(),
                        name(r.outcome()), r.closedAt(), r.rectificationId(), r.version())
                .update();
        if (rows == 1) {
            r.stored(r.version() + 1);
        }
        return rows == 1;
    }

    @Override
    public Optional<Rectification> findForUpdate(UUID rectificationId) {
        return one("rectification_id = ? FOR UPDATE", rectificationId);
    }

    @Override
    public Optional<Rectification> find(UUID rectificationId) {
        return one("rectification_id = ?", rectificationId);
    }

    @Override
    public Optional<Rectification> findByRating(UUID ratingId) {
        return one("rating_id = ?", ratingId);
    }

    /** The rectification whose {@code condition} (one {@code ?}, a unique column) holds, if any. */
    private Optional<Rectification> one(String condition, UUID value) {
        return jdbc.sql("SELECT * FROM rectification WHERE " + condition).param(value)
                .query(RectificationRepository::rectification).optional();
    }

    @Override
    public List<UUID> overdueCandidates(LocalDate today) {
        return jdbc.sql("""
                SELECT rectification_id FROM rectification
                WHERE status <> 'CLOSED' AND step_due_on < ? AND overdue_warned_step <> step
                ORDER BY step_due_on, rectification_id""")
                .param(today).query(UUID.class).list();
    }

    @Override
    public PageResult<Rectification> list(DepartmentCode department, RatingScope scope, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        params.put("department", department == null ? null : department.value());
        String where = "WHERE (CAST(:department AS text) IS NULL OR implementing_department = :department) AND "
                + ScopeSql.where(scope, "(SELECT r.centre_code FROM rating r WHERE r.rating_id = rectification.rating_id)",
                "implementing_department", "EXISTS (SELECT 1 FROM rating r WHERE r.rating_id = rectification.rating_id"
                        + " AND (r.rater_user_id = :scopeUser OR r.on_behalf_of = :scopeUser))", params);
        return SqlPages.page(jdbc, "*", "FROM rectification " + where, "due_on, rectification_id", params,
                RectificationRepository::rectification, page);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Rectification rectification(ResultSet rs, int n) throws SQLException {
        String appealedFrom = rs.getString("appealed_from");
        String outcome = rs.getString("outcome");
        Rectification.State state = Rectification.State.of(RectificationStatus.valueOf(rs.getString("status")),
                rs.getObject("due_on", LocalDate.class), rs.getObject("step_due_on", LocalDate.class),
                rs.getInt("step"), rs.getInt("overdue_warned_step"), rs.getInt("overdue_steps"),
                rs.getInt("reopenings"), rs.getObject("founded", Boolean.class), rs.getString("verification"),
                rs.getString("measures"), rs.getObject("satisfied", Boolean.class), rs.getString("follow_up"),
                rs.getString("appeal"), appealedFrom == null ? null : RectificationStatus.valueOf(appealedFrom),
                rs.getObject("appeal_upheld", Boolean.class), rs.getString("appeal_decision"),
                outcome == null ? null : RectificationOutcome.valueOf(outcome),
                rs.getObject("closed_at", OffsetDateTime.class));
        return Rectification.restore(rs.getObject("rectification_id", UUID.class), rs.getObject("rating_id", UUID.class),
                CaseNumber.of(rs.getString("case_number")), DepartmentCode.of(rs.getString("implementing_department")),
                rs.getObject("opened_at", OffsetDateTime.class), state, rs.getLong("version"));
    }
}

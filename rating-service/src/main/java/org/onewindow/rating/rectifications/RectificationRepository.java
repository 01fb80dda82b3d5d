package org.onewindow.rating.rectifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rectifications, one per bad rating. */
@Repository
public class RectificationRepository {

    private final JdbcClient jdbc;

    public RectificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Rectification rectification) {
        jdbc.sql("""
                INSERT INTO rectification (rectification_id, rating_id, case_number, implementing_department, status,
                                           opened_at, due_on)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(rectification.rectificationId(), rectification.ratingId(), rectification.caseNumber(),
                        rectification.implementingDepartment(), rectification.status().name(),
                        rectification.openedAt(), rectification.dueOn())
                .update();
    }

    public Optional<Rectification> find(UUID rectificationId) {
        return jdbc.sql("SELECT * FROM rectification WHERE rectification_id = ?").param(rectificationId)
                .query(RectificationRepository::rectification).optional();
    }

    public Optional<Rectification> findByRating(UUID ratingId) {
        return jdbc.sql("SELECT * FROM rectification WHERE rating_id = ?").param(ratingId)
                .query(RectificationRepository::rectification).optional();
    }

    /** Rectifications by due date (then id), optionally of one department. */
    public PageResult<Rectification> list(String department, PageQuery page) {
        String where = "WHERE (CAST(:department AS text) IS NULL OR implementing_department = :department)";
        List<Rectification> items = jdbc.sql("SELECT * FROM rectification " + where
                        + " ORDER BY due_on, rectification_id LIMIT :limit OFFSET :offset")
                .param("department", department).param("limit", page.limit()).param("offset", page.offset())
                .query(RectificationRepository::rectification).list();
        long total = jdbc.sql("SELECT count(*) FROM rectification " + where).param("department", department)
                .query(Long.class).single();
        return PageResult.of(items, page, total);
    }

    private static Rectification rectification(ResultSet rs, int n) throws SQLException {
        return new Rectification(rs.getObject("rectification_id", UUID.class), rs.getObject("rating_id", UUID.class),
                rs.getString("case_number"), rs.getString("implementing_department"),
                RectificationStatus.valueOf(rs.getString("status")), rs.getObject("opened_at", OffsetDateTime.class),
                rs.getObject("due_on", LocalDate.class));
    }
}

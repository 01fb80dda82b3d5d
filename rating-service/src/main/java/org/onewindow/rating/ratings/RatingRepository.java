package org.onewindow.rating.ratings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ratings, one row per case and stage. */
@Repository
public class RatingRepository {

    private final JdbcClient jdbc;

    public RatingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the rating; false when the case is already rated at that stage (the unique constraint decides). */
    public boolean insert(Rating rating) {
        return jdbc.sql("""
                INSERT INTO rating (rating_id, case_number, stage, level, bad, comment, rater_user_id, rater_role,
                                    on_behalf_of, item_code, implementing_department, centre_code, rated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT ON CONSTRAINT rating_once_per_case_and_stage DO NOTHING""")
                .params(rating.ratingId(), rating.caseNumber(), rating.stage().name(), rating.level().name(),
                        rating.bad(), rating.comment(), rating.raterUserId(), rating.raterRole().name(),
                        rating.onBehalfOf(), rating.itemCode(), rating.implementingDepartment(), rating.centreCode(),
                        rating.ratedAt())
                .update() == 1;
    }

    public Optional<Rating> find(UUID ratingId) {
        return jdbc.sql("SELECT * FROM rating WHERE rating_id = ?").param(ratingId)
                .query(RatingRepository::rating).optional();
    }

    /**
     * Ratings, oldest first (rated_at, then id: stable pages).
     *
     * @param caseNumber  only this case's ratings; null for all
     * @param visibleTo   only ratings this user gave or that were given for them; null for staff (all)
     */
    public PageResult<Rating> list(String caseNumber, String visibleTo, PageQuery page) {
        String where = """
                WHERE (CAST(:caseNumber AS text) IS NULL OR case_number = :caseNumber)
                  AND (CAST(:user AS text) IS NULL OR rater_user_id = :user OR on_behalf_of = :user)""";
        List<Rating> items = jdbc.sql("SELECT * FROM rating " + where + " ORDER BY rated_at, rating_id LIMIT :limit OFFSET :offset")
                .param("caseNumber", caseNumber).param("user", visibleTo)
                .param("limit", page.limit()).param("offset", page.offset())
                .query(RatingRepository::rating).list();
        long total = jdbc.sql("SELECT count(*) FROM rating " + where)
                .param("caseNumber", caseNumber).param("user", visibleTo)
                .query(Long.class).single();
        return PageResult.of(items, page, total);
    }

    private static Rating rating(ResultSet rs, int n) throws SQLException {
        return new Rating(rs.getObject("rating_id", UUID.class), rs.getString("case_number"),
                Stage.valueOf(rs.getString("stage")), Level.valueOf(rs.getString("level")), rs.getString("comment"),
                rs.getString("rater_user_id"), RaterRole.valueOf(rs.getString("rater_role")),
                rs.getString("on_behalf_of"), rs.getString("item_code"), rs.getString("implementing_department"),
                rs.getString("centre_code"), rs.getObject("rated_at", OffsetDateTime.class));
    }
}

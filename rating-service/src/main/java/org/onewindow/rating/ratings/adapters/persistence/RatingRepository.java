package org.onewindow.rating.ratings.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.CentreCode;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.ItemCode;
import org.onewindow.platform.kernel.UserId;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.platform.web.paging.SqlPages;
import org.onewindow.rating.ratings.application.RatingScope;
import org.onewindow.rating.ratings.application.Ratings;
import org.onewindow.rating.ratings.domain.Level;
import org.onewindow.rating.ratings.domain.RaterRole;
import org.onewindow.rating.ratings.domain.Rating;
import org.onewindow.rating.ratings.domain.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ratings, one row per case and stage (written with their case by {@link RatedCaseRepository}). */
@Repository
public class RatingRepository implements Ratings {

    private final JdbcClient jdbc;

    public RatingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Rating> find(UUID ratingId) {
        return jdbc.sql("SELECT * FROM rating WHERE rating_id = ?").param(ratingId)
                .query(RatingRepository::rating).optional();
    }

    @Override
    public PageResult<Rating> list(CaseNumber caseNumber, RatingScope scope, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        params.put("caseNumber", caseNumber == null ? null : caseNumber.value());
        String where = "WHERE (CAST(:caseNumber AS text) IS NULL OR case_number = :caseNumber) AND "
                + ScopeSql.where(scope, "centre_code", "implementing_department",
                "(rater_user_id = :scopeUser OR on_behalf_of = :scopeUser)", params);
        return SqlPages.page(jdbc, "*", "FROM rating " + where, "rated_at, rating_id", params,
                RatingRepository::rating, page);
    }

    static Rating rating(ResultSet rs, int n) throws SQLException {
        String onBehalfOf = rs.getString("on_behalf_of");
        return new Rating(rs.getObject("rating_id", UUID.class), CaseNumber.of(rs.getString("case_number")),
                Stage.valueOf(rs.getString("stage")), Level.valueOf(rs.getString("level")), rs.getString("comment"),
                UserId.of(rs.getString("rater_user_id")), RaterRole.valueOf(rs.getString("rater_role")),
                onBehalfOf == null ? null : UserId.of(onBehalfOf), ItemCode.of(rs.getString("item_code")),
                DepartmentCode.of(rs.getString("implementing_department")), CentreCode.of(rs.getString("centre_code")),
                rs.getObject("rated_at", OffsetDateTime.class));
    }
}

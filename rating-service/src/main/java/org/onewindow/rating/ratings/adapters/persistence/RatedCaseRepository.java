package org.onewindow.rating.ratings.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.CentreCode;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.ItemCode;
import org.onewindow.platform.kernel.UserId;
import org.onewindow.rating.ratings.application.RatedCases;
import org.onewindow.rating.ratings.domain.CaseFacts;
import org.onewindow.rating.ratings.domain.RatedCase;
import org.onewindow.rating.ratings.domain.Rating;
import org.onewindow.rating.ratings.domain.Stage;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cases with their opened stages and ratings. {@code rated_case.version} is the case's version: the command path
 * saves only when it is still the one loaded. Stages and ratings are written once and never change, so a save adds
 * the ones the case does not have yet.
 */
@Repository
public class RatedCaseRepository implements RatedCases {

    private final JdbcClient jdbc;

    public RatedCaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RatedCase> find(CaseNumber caseNumber) {
        return load(caseNumber, "");
    }

    /** Locks the case row so two raters of one case are serialised (the unique constraint is the last guard). */
    @Override
    public Optional<RatedCase> findForUpdate(CaseNumber caseNumber) {
        return load(caseNumber, " FOR UPDATE");
    }

    @Override
    public void insert(RatedCase ratedCase) {
        jdbc.sql("""
                INSERT INTO rated_case (case_number, item_code, implementing_department, centre_code,
                                        applicant_user_id, agent_user_id, first_seen_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1)""")
                .params(ratedCase.caseNumber().value(), ratedCase.itemCode().value(),
                        ratedCase.implementingDepartment().value(), ratedCase.centreCode().value(),
                        ratedCase.applicant().map(UserId::value).orElse(null),
                        ratedCase.agent().map(UserId::value).orElse(null), Timestamp.from(ratedCase.firstSeenAt()))
                .update();
        saveParts(ratedCase);
        ratedCase.stored(1);
    }

    @Override
    public boolean update(RatedCase ratedCase) {
        int rows = jdbc.sql("""
                UPDATE rated_case SET applicant_user_id = ?, agent_user_id = ?, version = version + 1
                WHERE case_number = ? AND version = ?""")
                .params(ratedCase.applicant().map(UserId::value).orElse(null),
                        ratedCase.agent().map(UserId::value).orElse(null), ratedCase.caseNumber().value(),
                        ratedCase.version())
                .update();
        if (rows != 1) {
            return false;
        }
        saveParts(ratedCase);
        ratedCase.stored(ratedCase.version() + 1);
        return true;
    }

    private void saveParts(RatedCase ratedCase) {
        String caseNumber = ratedCase.caseNumber().value();
        ratedCase.openedStages().forEach((stage, openedAt) -> jdbc.sql(
                        "INSERT INTO case_stage (case_number, stage, opened_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(caseNumber, stage.name(), openedAt)
                .update());
        for (Rating rating : ratedCase.ratings()) {
            // under the case's row lock; rating_once_per_case_and_stage stays the database's own guard (一次一评)
            jdbc.sql("""
                    INSERT INTO rating (rating_id, case_number, stage, level, bad, comment, rater_user_id, rater_role,
                                        on_behalf_of, item_code, implementing_department, centre_code, rated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (rating_id) DO NOTHING""")
                    .params(rating.ratingId(), caseNumber, rating.stage().name(), rating.level().name(),
                            rating.bad(), rating.comment(), rating.rater().value(), rating.raterRole().name(),
                            rating.onBehalfOf() == null ? null : rating.onBehalfOf().value(),
                            rating.itemCode().value(), rating.implementingDepartment().value(),
                            rating.centreCode().value(), rating.ratedAt())
                    .update();
        }
    }

    private Optional<RatedCase> load(CaseNumber caseNumber, String lock) {
        Optional<Row> row = jdbc.sql("SELECT * FROM rated_case WHERE case_number = ?" + lock)
                .param(caseNumber.value())
                .query(RatedCaseRepository::row).optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Map<Stage, OffsetDateTime> stages = new EnumMap<>(Stage.class);
        jdbc.sql("SELECT stage, opened_at FROM case_stage WHERE case_number = ?").param(caseNumber.value())
                .query((RowCallbackHandler) rs -> stages.put(Stage.valueOf(rs.getString("stage")),
                        rs.getObject("opened_at", OffsetDateTime.class)));
        List<Rating> ratings = jdbc.sql("SELECT * FROM rating WHERE case_number = ?").param(caseNumber.value())
                .query(RatingRepository::rating).list();
        Row found = row.get();
        return Optional.of(RatedCase.restore(found.facts(), found.firstSeenAt().toInstant(), stages, ratings,
                found.version()));
    }

    private record Row(CaseFacts facts, OffsetDateTime firstSeenAt, long version) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String applicant = rs.getString("applicant_user_id");
        String agent = rs.getString("agent_user_id");
        return new Row(new CaseFacts(CaseNumber.of(rs.getString("case_number")), ItemCode.of(rs.getString("item_code")),
                DepartmentCode.of(rs.getString("implementing_department")), CentreCode.of(rs.getString("centre_code")),
                applicant == null ? null : UserId.of(applicant), agent == null ? null : UserId.of(agent)),
                rs.getObject("first_seen_at", OffsetDateTime.class), rs.getLong("version"));
    }
}

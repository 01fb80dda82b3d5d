package org.onewindow.rating.ratings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases, their opened stages and their audit trail. */
@Repository
public class RatedCaseRepository {

    private final JdbcClient jdbc;

    public RatedCaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the case, or fills in who may rate it where an earlier event did not say (first facts win otherwise). */
    public void remember(CaseFacts facts, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO rated_case (case_number, item_code, implementing_department, centre_code,
                                        applicant_user_id, agent_user_id, first_seen_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (case_number) DO UPDATE SET
                    applicant_user_id = COALESCE(rated_case.applicant_user_id, excluded.applicant_user_id),
                    agent_user_id = COALESCE(rated_case.agent_user_id, excluded.agent_user_id)""")
                .params(facts.caseNumber(), facts.itemCode(), facts.implementingDepartment(), facts.centreCode(),
                        facts.applicantUserId(), facts.agentUserId(), now)
                .update();
    }

    /** Opens the stage unless it is open already; true when this call opened it. */
    public boolean openStage(String caseNumber, Stage stage, OffsetDateTime openedAt) {
        return jdbc.sql("INSERT INTO case_stage (case_number, stage, opened_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(caseNumber, stage.name(), openedAt)
                .update() == 1;
    }

    public Optional<RatedCase> find(String caseNumber) {
        Map<Stage, OffsetDateTime> stages = new EnumMap<>(Stage.class);
        jdbc.sql("SELECT stage, opened_at FROM case_stage WHERE case_number = ?").param(caseNumber)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    stages.put(Stage.valueOf(rs.getString("stage")), rs.getObject("opened_at", OffsetDateTime.class));
                });
        return jdbc.sql("SELECT * FROM rated_case WHERE case_number = ?").param(caseNumber)
                .query((rs, n) -> new RatedCase(rs.getString("case_number"), rs.getString("item_code"),
                        rs.getString("implementing_department"), rs.getString("centre_code"),
                        rs.getString("applicant_user_id"), rs.getString("agent_user_id"), stages))
                .optional();
    }

    /** Locks the case row so two raters of one case are serialised (the unique constraint is the last guard). */
    public Optional<RatedCase> findForUpdate(String caseNumber) {
        boolean exists = jdbc.sql("SELECT 1 FROM rated_case WHERE case_number = ? FOR UPDATE").param(caseNumber)
                .query(Integer.class).optional().isPresent();
        return exists ? find(caseNumber) : Optional.empty();
    }

    public Set<Stage> ratedStages(String caseNumber) {
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        jdbc.sql("SELECT stage FROM rating WHERE case_number = ?").param(caseNumber)
                .query(String.class).list().forEach(stage -> stages.add(Stage.valueOf(stage)));
        return stages;
    }

    public void audit(String caseNumber, AuditEntry entry) {
        jdbc.sql("""
                INSERT INTO audit_entry (case_number, at, user_id, role, on_behalf_of, action, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(caseNumber, entry.at(), entry.userId(), entry.role(), entry.onBehalfOf(), entry.action(),
                        entry.detail())
                .update();
    }

    public List<AuditEntry> auditTrail(String caseNumber) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE case_number = ? ORDER BY entry_id").param(caseNumber)
                .query(RatedCaseRepository::auditEntry).list();
    }

    private static AuditEntry auditEntry(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(rs.getObject("at", OffsetDateTime.class), rs.getString("user_id"), rs.getString("role"),
                rs.getString("on_behalf_of"), rs.getString("action"), rs.getString("detail"));
    }
}

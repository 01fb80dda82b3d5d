package org.onewindow.monitor.alerts.adapters.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.onewindow.monitor.alerts.application.RuleCandidates;
import org.onewindow.monitor.alerts.domain.Finding;
import org.onewindow.monitor.alerts.domain.Rule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One query per rule on the read model (mon_* tables, see V1), each leaving out the cases that already have the
 * rule's alert. Each query answers columns {@code case_number, department, centre_code, item_code, detail}.
 */
@Repository
public class JdbcRuleCandidates implements RuleCandidates {

    private static final String NO_ALERT_YET =
            " AND NOT EXISTS (SELECT 1 FROM alert a WHERE a.rule = '%s' AND a.case_number = c.case_number)";

    private final JdbcClient jdbc;

    public JdbcRuleCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Finding> pastStatutoryDeadline(LocalDate today) {
        return findings(Rule.CASE_PAST_STATUTORY_DEADLINE, """
                SELECT c.case_number, c.department, c.centre_code, c.item_code,
                       'statutory deadline ' || c.statutory_deadline || ' passed without a decision' AS detail
                FROM mon_case c
                WHERE c.statutory_deadline < ? AND c.decided_at IS NULL AND c.delivered_at IS NULL""", Date.valueOf(today));
    }

    @Override
    public List<Finding> stepsPastDeadline(LocalDate today) {
        return findings(Rule.STEP_PAST_DEADLINE, """
                SELECT DISTINCT ON (c.case_number) c.case_number, s.department, c.centre_code, c.item_code,
                       'step ' || s.task_id || ' of ' || coalesce(s.department, '?') || ' past its deadline '
                       || s.step_deadline || ' without an opinion' AS detail
                FROM mon_step s JOIN mon_case c ON c.case_number = s.case_number
                WHERE s.step_deadline < ? AND s.completed_at IS NULL AND c.decided_at IS NULL""", Date.valueOf(today),
                " ORDER BY c.case_number, s.step_deadline, s.task_id");
    }

    @Override
    public List<Finding> refusalsWithoutReasons() {
        return findings(Rule.REFUSAL_WITHOUT_REASONS, """
                SELECT c.case_number, c.department, c.centre_code, c.item_code,
                       CASE WHEN c.not_accepted_at IS NOT NULL AND c.not_accepted_reasons = 0
                            THEN 'not accepted (不予受理) without reasons'
                            WHEN c.outcome = 'REJECTED' AND c.decision_reasons = 0
                            THEN 'rejected (不予许可) without reasons'
                            ELSE 'a department rejected its step without reasons' END AS detail
                FROM mon_case c
                WHERE ((c.not_accepted_at IS NOT NULL AND c.not_accepted_reasons = 0)
                    OR (c.outcome = 'REJECTED' AND c.decision_reasons = 0)
                    OR EXISTS (SELECT 1 FROM mon_step s WHERE s.case_number = c.case_number
                               AND s.opinion = 'REJECT' AND s.reasons = 0))""");
    }

    @Override
    public List<UnpushedApproval> approvalsWithoutPush(Instant seenBefore) {
        String sql = """
                SELECT c.case_number, c.supervising_department AS department, c.centre_code, c.item_code,
                       'approved on ' || (c.decided_at AT TIME ZONE 'Asia/Shanghai')::date
                       || ', no supervision record pushed to ' || coalesce(c.supervising_department, '?') AS detail,
                       (c.decided_at AT TIME ZONE 'Asia/Shanghai')::date AS decided_on
                FROM mon_case c
                WHERE c.outcome = 'APPROVED' AND c.decision_seen_at < ?
                  AND NOT EXISTS (SELECT 1 FROM mon_supervision s WHERE s.case_number = c.case_number)"""
                + NO_ALERT_YET.formatted(Rule.APPROVAL_NOT_PUSHED.name()) + " ORDER BY c.case_number";
        return jdbc.sql(sql).param(Timestamp.from(seenBefore))
                .query((rs, n) -> new UnpushedApproval(finding(Rule.APPROVAL_NOT_PUSHED, rs),
                        rs.getObject("decided_on", LocalDate.class)))
                .list();
    }

    @Override
    public List<Finding> unclaimedPastDeadline(LocalDate today) {
        return findings(Rule.PUSH_UNCLAIMED, """
                SELECT DISTINCT ON (c.case_number) c.case_number, s.department, c.centre_code, c.item_code,
                       'pushed to ' || coalesce(s.department, '?') || ', unclaimed after the claim deadline '
                       || s.claim_deadline AS detail
                FROM mon_supervision s JOIN mon_case c ON c.case_number = s.case_number
                WHERE s.claimed_at IS NULL AND s.claim_deadline < ?""", Date.valueOf(today),
                " ORDER BY c.case_number, s.claim_deadline");
    }

    @Override
    public List<Finding> overdueRectifications(LocalDate today) {
        return findings(Rule.RECTIFICATION_OVERDUE, """
                SELECT DISTINCT ON (c.case_number) c.case_number, r.department, c.centre_code, c.item_code,
                       'rectification of a bad rating due on ' || r.due_on || ' is overdue' AS detail
                FROM mon_rectification r JOIN mon_case c ON c.case_number = r.case_number
                WHERE r.due_on < ?""", Date.valueOf(today), " ORDER BY c.case_number, r.due_on");
    }

    @Override
    public List<Finding> supervisorAlsoDecided() {
        return findings(Rule.SUPERVISOR_ALSO_DECIDED, """
                SELECT DISTINCT ON (c.case_number) c.case_number, s.department, c.centre_code, c.item_code,
                       'supervision record claimed by ' || s.claimed_by
                       || ', who reviewed, checked or decided the approval' AS detail
                FROM mon_supervision s JOIN mon_case c ON c.case_number = s.case_number
                WHERE s.claimed_by IS NOT NULL
                  AND (s.claimed_by = ANY (c.participants)
                       OR EXISTS (SELECT 1 FROM mon_step t WHERE t.case_number = c.case_number
                                  AND s.claimed_by IN (t.reviewer_id, t.checker_id)))""", null,
                " ORDER BY c.case_number, s.claimed_at");
    }

    @Override
    public List<Finding> decidedWithoutAcceptance(Instant seenBefore) {
        return findings(Rule.DECIDED_WITHOUT_ACCEPTANCE, """
                SELECT c.case_number, c.department, c.centre_code, c.item_code,
                       'decided (' || c.outcome || ') but no acceptance (受理) of the application was ever seen' AS detail
                FROM mon_case c
                WHERE c.decided_at IS NOT NULL AND c.accepted_at IS NULL AND c.decision_seen_at < ?""",
                Timestamp.from(seenBefore));
    }

    @Override
    public List<Finding> deliveryMismatches() {
        return findings(Rule.DELIVERY_MISMATCH, """
                SELECT c.case_number, c.department, c.centre_code, c.item_code,
                       'delivered ' || c.delivered_outcome || ' / ' || coalesce(c.delivered_licence, '-')
                       || ' but decided ' || c.outcome || ' / ' || coalesce(c.licence_number, '-') AS detail
                FROM mon_case c
                WHERE c.delivered_at IS NOT NULL AND c.decided_at IS NOT NULL
                  AND (c.delivered_outcome IS DISTINCT FROM c.outcome
                       OR c.delivered_licence IS DISTINCT FROM c.licence_number)""");
    }

    private List<Finding> findings(Rule rule, String select) {
        return findings(rule, select, null);
    }

    private List<Finding> findings(Rule rule, String select, Object param) {
        return findings(rule, select, param, " ORDER BY c.case_number");
    }

    private List<Finding> findings(Rule rule, String select, Object param, String orderBy) {
        var statement = jdbc.sql(select + NO_ALERT_YET.formatted(rule.name()) + orderBy);
        if (param != null) {
            statement = statement.param(param);
        }
        return statement.query((rs, n) -> finding(rule, rs)).list();
    }

    private static Finding finding(Rule rule, ResultSet rs) throws SQLException {
        return new Finding(rule, rs.getString("case_number"), rs.getString("department"), rs.getString("centre_code"),
                rs.getString("item_code"), rs.getString("detail"));
    }
}

package org.onewindow.monitor.figures.adapters.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the read model (mon_* tables) from the public events. Every write is an upsert that fills only the columns
 * its event knows, so events of different topics may arrive in any order and a replay gives the same rows. Runs in
 * the inbox transaction of the consumed event. Nothing personal is written: no names, no ID numbers, no comments.
 */
@Repository
public class JdbcReadModel {

    /** The tables a rebuild empties (the alerts stay). */
    static final List<String> TABLES = List.of("mon_case", "mon_step", "mon_supervision", "mon_rating",
            "mon_rectification");

    private final JdbcClient jdbc;

    public JdbcReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void accepted(String caseNumber, String itemCode, String itemName, String centreCode, String department,
                         String supervisingDepartment, OffsetDateTime acceptedAt) {
        ensureCase(caseNumber);
        jdbc.sql("""
                UPDATE mon_case SET item_code = ?, item_name = ?, centre_code = ?, department = ?,
                                    supervising_department = coalesce(supervising_department, ?), accepted_at = ?
                WHERE case_number = ?""")
                .params(itemCode, itemName, centreCode, department, supervisingDepartment, ts(acceptedAt), caseNumber)
                .update();
    }

    public void notAccepted(String caseNumber, String itemCode, int reasons, OffsetDateTime decidedAt) {
        ensureCase(caseNumber);
        jdbc.sql("""
                UPDATE mon_case SET item_code = coalesce(item_code, ?), not_accepted_at = ?, not_accepted_reasons = ?
                WHERE case_number = ?""")
                .params(itemCode, ts(decidedAt), reasons, caseNumber).update();
    }

    public void reviewOpened(String caseNumber, String itemCode, LocalDate promisedDeadline, LocalDate statutoryDeadline,
                             OffsetDateTime openedAt, List<Step> steps) {
        ensureCase(caseNumber);
        jdbc.sql("""
                UPDATE mon_case SET item_code = coalesce(item_code, ?), promised_deadline = ?, statutory_deadline = ?,
                                    opened_at = ?
                WHERE case_number = ?""")
                .params(itemCode, date(promisedDeadline), date(statutoryDeadline), ts(openedAt), caseNumber).update();
        for (Step step : steps) {
            jdbc.sql("""
                    INSERT INTO mon_step (task_id, case_number, department) VALUES (?, ?, ?)
                    ON CONFLICT (task_id) DO UPDATE SET department = excluded.department""")
                    .params(step.taskId(), caseNumber, step.department()).update();
        }
    }

    /** A step of a review case, as {@code ReviewCaseOpened} lists it. */
    public record Step(UUID taskId, String department) {
    }

    public void taskCompleted(String caseNumber, UUID taskId, String department, String opinion, int reasons,
                              String reviewerId, String checkerId, OffsetDateTime completedAt) {
        ensureCase(caseNumber);
        jdbc.sql("""
                INSERT INTO mon_step (task_id, case_number, department, completed_at, opinion, reasons, reviewer_id,
                                      checker_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (task_id) DO UPDATE SET department = excluded.department,
                    completed_at = excluded.completed_at, opinion = excluded.opinion, reasons = excluded.reasons,
                    reviewer_id = excluded.reviewer_id, checker_id = excluded.checker_id""")
                .params(taskId, caseNumber, department, ts(completedAt), opinion, reasons, reviewerId, checkerId)
                .update();
    }

    /** A case or step warning: RED wins over YELLOW whatever the order they arrive in. */
    public void warning(String caseNumber, String level, boolean step, UUID taskId, String department,
                        LocalDate deadline) {
        ensureCase(caseNumber);
        if (!step) {
            jdbc.sql("""
                    UPDATE mon_case SET case_warning = CASE WHEN case_warning = 'RED' THEN 'RED' ELSE ? END
                    WHERE case_number = ?""").params(level, caseNumber).update();
            return;
        }
        if (taskId == null) {
            return;
        }
        jdbc.sql("""
                INSERT INTO mon_step (task_id, case_number, department, warning, step_deadline) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (task_id) DO UPDATE SET
                    warning = CASE WHEN mon_step.warning = 'RED' THEN 'RED' ELSE excluded.warning END,
                    step_deadline = coalesce(mon_step.step_deadline, excluded.step_deadline),
                    department = coalesce(mon_step.department, excluded.department)""")
                .params(taskId, caseNumber, department, level, date(deadline)).update();
    }

    public void decided(String caseNumber, String itemCode, String itemName, String department,
                        String supervisingDepartment, String outcome, String licenceNumber, int reasons,
                        List<String> participants, OffsetDateTime decidedAt, Instant seenAt) {
        ensureCase(caseNumber);
        jdbc.sql("""
                UPDATE mon_case SET item_code = coalesce(item_code, ?), item_name = coalesce(item_name, ?),
                                    department = coalesce(department, ?), supervising_department = ?,
                                    outcome = ?, licence_number = ?, decision_reasons = ?,
                                    participants = ?, decided_at = ?,
                                    decision_seen_at = coalesce(decision_seen_at, ?)
                WHERE case_number = ?""")
                .params(itemCode, itemName, department, supervisingDepartment, outcome, licenceNumber, reasons,
                        participants.toArray(String[]::new), ts(decidedAt), Timestamp.from(seenAt), caseNumber)
                .update();
    }

    public void delivered(String caseNumber, String itemCode, String centreCode, String department, String outcome,
                          String licenceNumber, OffsetDateTime deliveredAt) {
        ensureCase(caseNumber);
        jdbc.sql("""
                UPDATE mon_case SET item_code = coalesce(item_code, ?), centre_code = coalesce(centre_code, ?),
                                    department = coalesce(department, ?), delivered_outcome = ?,
                                    delivered_licence = ?, delivered_at = ?
                WHERE case_number = ?""")
                .params(itemCode, centreCode, department, outcome, licenceNumber, ts(deliveredAt), caseNumber).update();
    }

    public void pushed(UUID recordId, String caseNumber, String department, OffsetDateTime pushedAt,
                       LocalDate claimDeadline) {
        ensureCase(caseNumber);
        jdbc.sql("""
                INSERT INTO mon_supervision (record_id, case_number, department, pushed_at, claim_deadline)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (record_id) DO UPDATE SET department = excluded.department,
                    pushed_at = excluded.pushed_at, claim_deadline = excluded.claim_deadline""")
                .params(recordId, caseNumber, department, ts(pushedAt), date(claimDeadline)).update();
    }

    public void claimed(UUID recordId, String caseNumber, String department, String claimedBy,
                        OffsetDateTime claimedAt) {
        ensureCase(caseNumber);
        jdbc.sql("""
                INSERT INTO mon_supervision (record_id, case_number, department, claimed_at, claimed_by)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (record_id) DO UPDATE SET claimed_at = excluded.claimed_at,
                    claimed_by = excluded.claimed_by""")
                .params(recordId, caseNumber, department, ts(claimedAt), claimedBy).update();
    }

    public void escalated(UUID recordId, String caseNumber, String department, OffsetDateTime escalatedAt) {
        ensureCase(caseNumber);
        jdbc.sql("""
                INSERT INTO mon_supervision (record_id, case_number, department, escalated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (record_id) DO UPDATE SET escalated_at = excluded.escalated_at""")
                .params(recordId, caseNumber, department, ts(escalatedAt)).update();
    }

    public void rated(UUID ratingId, String caseNumber, String stage, String level, boolean bad, String itemCode,
                      String department, String centreCode, OffsetDateTime ratedAt) {
        ensureCase(caseNumber);
        jdbc.sql("""
                INSERT INTO mon_rating (rating_id, case_number, stage, level, bad, item_code, department, centre_code,
                                        rated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (rating_id) DO NOTHING""")
                .params(ratingId, caseNumber, stage, level, bad, itemCode, department, centreCode, ts(ratedAt))
                .update();
    }

    public void rectificationOpened(UUID ratingId, String caseNumber, String department, LocalDate dueOn,
                                    OffsetDateTime openedAt) {
        ensureCase(caseNumber);
        jdbc.sql("""
                INSERT INTO mon_rectification (rating_id, case_number, department, due_on, opened_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (rating_id) DO UPDATE SET due_on = excluded.due_on""")
                .params(ratingId, caseNumber, department, date(dueOn), ts(openedAt)).update();
    }

    /**
     * Empties the read model and this service's inbox, and sets every stored consumer position back to offset 0,
     * so the consumers (stopped by the caller) read every public topic again from the beginning when they start.
     */
    public void reset() {
        jdbc.sql("TRUNCATE " + String.join(", ", TABLES)).update();
        jdbc.sql("DELETE FROM inbox").update();
        jdbc.sql("UPDATE consumer_offset SET next_offset = 0, updated_at = now()").update();
    }

    private void ensureCase(String caseNumber) {
        jdbc.sql("INSERT INTO mon_case (case_number) VALUES (?) ON CONFLICT (case_number) DO NOTHING")
                .param(caseNumber).update();
    }

    private static Timestamp ts(OffsetDateTime at) {
        return at == null ? null : Timestamp.from(at.toInstant());
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}

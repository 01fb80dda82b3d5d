package org.onewindow.supervision.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.supervision.LicenceActionTaken.Action;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Supervision records, their audit trail, licence actions and the decisions seen; explicit SQL. */
@Repository
public class RecordRepository {

    private static final String COLUMNS = """
            id, case_number, item_code, item_name, licence_number, supervising_department, holder_name,
            holder_masked_id_number, decided_at, participants, pushed_at, claim_deadline, pushed_late, status,
            claimed_by, claimed_at, escalated_at, licence_status""";

    private final JdbcClient jdbc;

    public RecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes a decision once per case, whatever its outcome. */
    public void noteDecision(DecisionMade decision, String eventId, OffsetDateTime seenAt) {
        jdbc.sql("""
                        insert into decisions_seen (case_number, outcome, item_code, supervising_department, decided_at,
                            seen_at, event_id)
                        values (:caseNumber, :outcome, :itemCode, :department, :decidedAt, :seenAt, :eventId)
                        on conflict (case_number) do nothing
                        """)
                .param("caseNumber", decision.caseNumber())
                .param("outcome", decision.outcome().name())
                .param("itemCode", decision.itemCode())
                .param("department", decision.supervisingDepartment() == null ? "" : decision.supervisingDepartment())
                .param("decidedAt", decision.decidedAt())
                .param("seenAt", seenAt)
                .param("eventId", eventId)
                .update();
    }

    public boolean existsForCase(String caseNumber) {
        return jdbc.sql("select exists (select 1 from supervision_records where case_number = :c)")
                .param("c", caseNumber).query(Boolean.class).single();
    }

    /** @return false when the case already has its record (the unique case number keeps it to one) */
    public boolean insert(SupervisionRecord r) {
        Approval a = r.approval();
        return jdbc.sql("""
                        insert into supervision_records (""" + COLUMNS + """
                        ) values (:id, :caseNumber, :itemCode, :itemName, :licenceNumber, :department, :holderName,
                            :holderMasked, :decidedAt, :participants, :pushedAt, :claimDeadline, :pushedLate, :status, :claimedBy,
                            :claimedAt, :escalatedAt, :licenceStatus)
                        on conflict (case_number) do nothing
                        """)
                .param("id", r.id())
                .param("caseNumber", a.caseNumber())
                .param("itemCode", a.itemCode())
                .param("itemName", a.itemName())
                .param("licenceNumber", a.licenceNumber())
                .param("department", a.supervisingDepartment())
                .param("holderName", a.holderName())
                .param("holderMasked", a.holderMaskedIdNumber())
                .param("decidedAt", a.decidedAt())
                .param("participants", a.participants().toArray(String[]::new))
                .param("pushedAt", r.pushedAt())
                .param("claimDeadline", r.claimDeadline())
                .param("pushedLate", r.pushedLate())
                .param("status", r.status().name())
                .param("claimedBy", r.claimedBy())
                .param("claimedAt", r.claimedAt())
                .param("escalatedAt", r.escalatedAt())
                .param("licenceStatus", r.licenceStatus().name())
                .update() == 1;
    }

    /** Writes the mutable part of the record (status, claim, escalation, licence status). */
    public void update(SupervisionRecord r) {
        jdbc.sql("""
                        update supervision_records set status = :status, claimed_by = :claimedBy, claimed_at = :claimedAt,
                            escalated_at = :escalatedAt, licence_status = :licenceStatus
                        where id = :id
                        """)
                .param("id", r.id())
                .param("status", r.status().name())
                .param("claimedBy", r.claimedBy())
                .param("claimedAt", r.claimedAt())
                .param("escalatedAt", r.escalatedAt())
                .param("licenceStatus", r.licenceStatus().name())
                .update();
    }

    public Optional<SupervisionRecord> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from supervision_records where id = :id")
                .param("id", id).query(RecordRepository::record).optional();
    }

    /** Locks the row for the rest of the transaction, so two concurrent claims cannot both succeed. */
    public Optional<SupervisionRecord> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from supervision_records where id = :id for update")
                .param("id", id).query(RecordRepository::record).optional();
    }

    /** Deterministic order: push time, then id. */
    public PageResult<SupervisionRecord> page(RecordFilter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (filter.department() != null) {
            where.append(" and supervising_department = :department");
            params.put("department", filter.department());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.caseNumber() != null) {
            where.append(" and case_number = :caseNumber");
            params.put("caseNumber", filter.caseNumber());
        }
        long total = jdbc.sql("select count(*) from supervision_records" + where).params(params)
                .query(Long.class).single();
        List<SupervisionRecord> items = jdbc.sql("select " + COLUMNS + " from supervision_records" + where
                        + " order by pushed_at, id limit :limit offset :offset")
                .params(params).param("limit", page.limit()).param("offset", page.offset())
                .query(RecordRepository::record).list();
        return PageResult.of(items, page, total);
    }

    /** PUSHED records whose claim deadline lies before {@code today}. */
    public List<UUID> overdueUnclaimed(LocalDate today) {
        return jdbc.sql("select id from supervision_records where status = 'PUSHED' and claim_deadline < :today "
                        + "order by claim_deadline, id")
                .param("today", today).query(UUID.class).list();
    }

    public void appendAudit(UUID recordId, List<AuditEntry> entries) {
        for (AuditEntry e : entries) {
            jdbc.sql("""
                            insert into record_audit (record_id, action, actor_id, actor_name, actor_role, on_behalf_of,
                                at, detail)
                            values (:recordId, :action, :actorId, :actorName, :actorRole, :onBehalfOf, :at, :detail)
                            """)
                    .param("recordId", recordId)
                    .param("action", e.action())
                    .param("actorId", e.actorId())
                    .param("actorName", e.actorName())
                    .param("actorRole", e.actorRole())
                    .param("onBehalfOf", e.onBehalfOf())
                    .param("at", e.at())
                    .param("detail", e.detail())
                    .update();
        }
    }

    public PageResult<AuditEntry> audit(UUID recordId, PageQuery page) {
        long total = jdbc.sql("select count(*) from record_audit where record_id = :id").param("id", recordId)
                .query(Long.class).single();
        List<AuditEntry> items = jdbc.sql("""
                        select action, actor_id, actor_name, actor_role, on_behalf_of, at, detail from record_audit
                        where record_id = :id order by id limit :limit offset :offset
                        """)
                .param("id", recordId).param("limit", page.limit()).param("offset", page.offset())
                .query((rs, n) -> new AuditEntry(rs.getString("action"), rs.getString("actor_id"),
                        rs.getString("actor_name"), rs.getString("actor_role"), rs.getString("on_behalf_of"),
                        rs.getObject("at", OffsetDateTime.class), rs.getString("detail")))
                .list();
        return PageResult.of(items, page, total);
    }

    public void insertAction(LicenceAction action) {
        jdbc.sql("""
                        insert into licence_actions (id, record_id, action, reason, taken_by, taken_at)
                        values (:id, :recordId, :action, :reason, :takenBy, :takenAt)
                        """)
                .param("id", action.id())
                .param("recordId", action.recordId())
                .param("action", action.action().name())
                .param("reason", action.reason())
                .param("takenBy", action.takenBy())
                .param("takenAt", action.takenAt())
                .update();
    }

    public List<LicenceAction> actions(UUID recordId) {
        return jdbc.sql("select id, record_id, action, reason, taken_by, taken_at from licence_actions "
                        + "where record_id = :id order by taken_at, id")
                .param("id", recordId)
                .query((rs, n) -> new LicenceAction(rs.getObject("id", UUID.class), rs.getObject("record_id", UUID.class),
                        Action.valueOf(rs.getString("action")), rs.getString("reason"), rs.getString("taken_by"),
                        rs.getObject("taken_at", OffsetDateTime.class)))
                .list();
    }

    public void insertInspection(Inspection inspection) {
        jdbc.sql("""
                        insert into inspections (id, record_id, result, notes, inspected_by, role, inspected_at)
                        values (:id, :recordId, :result, :notes, :inspectedBy, :role, :inspectedAt)
                        """)
                .param("id", inspection.id())
                .param("recordId", inspection.recordId())
                .param("result", inspection.result().name())
                .param("notes", inspection.notes())
                .param("inspectedBy", inspection.inspectedBy())
                .param("role", inspection.role())
                .param("inspectedAt", inspection.inspectedAt())
                .update();
    }

    public List<Inspection> inspections(UUID recordId) {
        return jdbc.sql("select id, record_id, result, notes, inspected_by, role, inspected_at from inspections "
                        + "where record_id = :id order by inspected_at, id")
                .param("id", recordId)
                .query((rs, n) -> new Inspection(rs.getObject("id", UUID.class), rs.getObject("record_id", UUID.class),
                        InspectionResult.valueOf(rs.getString("result")), rs.getString("notes"),
                        rs.getString("inspected_by"), rs.getString("role"),
                        rs.getObject("inspected_at", OffsetDateTime.class)))
                .list();
    }

    private static SupervisionRecord record(ResultSet rs, int row) throws SQLException {
        List<String> participants = new ArrayList<>(Arrays.asList((String[]) rs.getArray("participants").getArray()));
        Approval approval = new Approval(rs.getString("case_number"), rs.getString("item_code"),
                rs.getString("item_name"), rs.getString("licence_number"), rs.getString("supervising_department"),
                rs.getString("holder_name"), rs.getString("holder_masked_id_number"),
                rs.getObject("decided_at", OffsetDateTime.class), participants);
        return SupervisionRecord.restore(rs.getObject("id", UUID.class), approval,
                rs.getObject("pushed_at", OffsetDateTime.class), rs.getObject("claim_deadline", LocalDate.class),
                rs.getBoolean("pushed_late"), RecordStatus.valueOf(rs.getString("status")), rs.getString("claimed_by"),
                rs.getObject("claimed_at", OffsetDateTime.class), rs.getObject("escalated_at", OffsetDateTime.class),
                LicenceStatus.valueOf(rs.getString("licence_status")));
    }
}

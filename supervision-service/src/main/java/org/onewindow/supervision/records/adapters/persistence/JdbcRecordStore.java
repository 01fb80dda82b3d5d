package org.onewindow.supervision.records.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.ItemCode;
import org.onewindow.platform.kernel.UserId;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.platform.web.paging.SqlPages;
import org.onewindow.supervision.records.application.RecordFilter;
import org.onewindow.supervision.records.application.RecordStore;
import org.onewindow.supervision.records.domain.ActionType;
import org.onewindow.supervision.records.domain.Approval;
import org.onewindow.supervision.records.domain.Inspection;
import org.onewindow.supervision.records.domain.InspectionResult;
import org.onewindow.supervision.records.domain.LicenceAction;
import org.onewindow.supervision.records.domain.LicenceStatus;
import org.onewindow.supervision.records.domain.RecordStatus;
import org.onewindow.supervision.records.domain.SupervisionRecord;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Supervision records with their licence actions and inspections; explicit SQL, saved with a version check. */
@Repository
public class JdbcRecordStore implements RecordStore {

    private static final String COLUMNS = """
            id, case_number, item_code, item_name, licence_number, supervising_department, holder_name,
            holder_masked_id_number, decided_at, participants, pushed_at, claim_deadline, pushed_late, status,
            claimed_by, claimed_at, escalated_at, licence_status, version""";

    private final JdbcClient jdbc;

    public JdbcRecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean existsForCase(CaseNumber caseNumber) {
        return jdbc.sql("select exists (select 1 from supervision_records where case_number = :c)")
                .param("c", caseNumber.value()).query(Boolean.class).single();
    }

    /** The unique case number keeps a case to one record, whatever the caller checked before. */
    @Override
    public void insert(SupervisionRecord r) {
        Approval a = r.approval();
        jdbc.sql("""
                        insert into supervision_records (""" + COLUMNS + """
                        ) values (:id, :caseNumber, :itemCode, :itemName, :licenceNumber, :department, :holderName,
                            :holderMasked, :decidedAt, :participants, :pushedAt, :claimDeadline, :pushedLate, :status,
                            :claimedBy, :claimedAt, :escalatedAt, :licenceStatus, 1)
                        """)
                .param("id", r.id())
                .param("caseNumber", a.caseNumber().value())
                .param("itemCode", a.itemCode().value())
                .param("itemName", a.itemName())
                .param("licenceNumber", a.licenceNumber())
                .param("department", a.supervisingDepartment().value())
                .param("holderName", a.holderName())
                .param("holderMasked", a.holderMaskedIdNumber())
                .param("decidedAt", a.decidedAt())
                .param("participants", a.participants().stream().map(UserId::value).toArray(String[]::new))
                .param("pushedAt", r.pushedAt())
                .param("claimDeadline", r.claimDeadline())
                .param("pushedLate", r.pushedLate())
                .params(progress(r))
                .update();
        insertChildren(r);
        r.saved(1);
    }

    /** Writes the mutable part (status, claim, escalation, licence status) and the new actions and inspections. */
    @Override
    public boolean update(SupervisionRecord r) {
        int rows = jdbc.sql("""
                        update supervision_records set status = :status, claimed_by = :claimedBy, claimed_at = :claimedAt,
                            escalated_at = :escalatedAt, licence_status = :licenceStatus, version = version + 1
                        where id = :id and version = :version
                        """)
                .param("id", r.id())
                .params(progress(r))
                .param("version", r.version())
                .update();
        if (rows != 1) {
            return false;
        }
        insertChildren(r);
        r.saved(r.version() + 1);
        return true;
    }

    /** The part of a record that changes after the push (status, claim, escalation, licence status), by parameter. */
    private static Map<String, Object> progress(SupervisionRecord r) {
        Map<String, Object> params = new HashMap<>(); // claim and escalation are null until they happen
        params.put("status", r.status().name());
        params.put("claimedBy", text(r.claimedBy()));
        params.put("claimedAt", r.claimedAt());
        params.put("escalatedAt", r.escalatedAt());
        params.put("licenceStatus", r.licenceStatus().name());
        return params;
    }

    private void insertChildren(SupervisionRecord r) {
        for (LicenceAction action : r.unsavedActions()) {
            jdbc.sql("""
                            insert into licence_actions (id, record_id, action, reason, taken_by, taken_at)
                            values (:id, :recordId, :action, :reason, :takenBy, :takenAt)
                            """)
                    .param("id", action.id())
                    .param("recordId", action.recordId())
                    .param("action", action.action().name())
                    .param("reason", action.reason())
                    .param("takenBy", action.takenBy().value())
                    .param("takenAt", action.takenAt())
                    .update();
        }
        for (Inspection inspection : r.unsavedInspections()) {
            jdbc.sql("""
                            insert into inspections (id, record_id, result, notes, inspected_by, role, inspected_at)
                            values (:id, :recordId, :result, :notes, :inspectedBy, :role, :inspectedAt)
                            """)
                    .param("id", inspection.id())
                    .param("recordId", inspection.recordId())
                    .param("result", inspection.result().name())
                    .param("notes", inspection.notes())
                    .param("inspectedBy", inspection.inspectedBy().value())
                    .param("role", inspection.role())
                    .param("inspectedAt", inspection.inspectedAt())
                    .update();
        }
    }

    @Override
    public Optional<SupervisionRecord> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from supervision_records where id = :id")
                .param("id", id).query(JdbcRecordStore::record).optional();
    }

    /** Locks the row for the rest of the transaction, so two concurrent claims cannot both succeed. */
    @Override
    public Optional<SupervisionRecord> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from supervision_records where id = :id for update")
                .param("id", id).query(JdbcRecordStore::record).optional();
    }

    @Override
    public PageResult<SupervisionRecord> page(RecordFilter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (filter.department() != null) {
            where.append(" and supervising_department = :department");
            params.put("department", filter.department());
        }
        if (filter.withinDepartments() != null) {
            // the caller's scope (an empty one holds nothing)
            where.append(filter.withinDepartments().isEmpty() ? " and false"
                    : " and supervising_department in (:withinDepartments)");
            if (!filter.withinDepartments().isEmpty()) {
                params.put("withinDepartments", List.copyOf(filter.withinDepartments()));
            }
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.caseNumber() != null) {
            where.append(" and case_number = :caseNumber");
            params.put("caseNumber", filter.caseNumber());
        }
        return SqlPages.page(jdbc, COLUMNS, "from supervision_records" + where, "pushed_at, id", params,
                JdbcRecordStore::record, page);
    }

    @Override
    public List<UUID> overdueUnclaimed(LocalDate today) {
        return jdbc.sql("select id from supervision_records where status = 'PUSHED' and claim_deadline < :today "
                        + "order by claim_deadline, id")
                .param("today", today).query(UUID.class).list();
    }

    @Override
    public List<LicenceAction> actions(UUID recordId) {
        return partsOf(recordId, "select id, record_id, action, reason, taken_by, taken_at from licence_actions",
                "taken_at", (rs, n) -> new LicenceAction(id(rs), recordId(rs), ActionType.valueOf(rs.getString("action")),
                        rs.getString("reason"), UserId.of(rs.getString("taken_by")),
                        rs.getObject("taken_at", OffsetDateTime.class)));
    }

    @Override
    public List<Inspection> inspections(UUID recordId) {
        return partsOf(recordId, "select id, record_id, result, notes, inspected_by, role, inspected_at from inspections",
                "inspected_at", (rs, n) -> new Inspection(id(rs), recordId(rs), InspectionResult.valueOf(rs.getString("result")),
                        rs.getString("notes"), UserId.of(rs.getString("inspected_by")), rs.getString("role"),
                        rs.getObject("inspected_at", OffsetDateTime.class)));
    }

    /** A record's actions or inspections ({@code select} names the columns and the table), oldest first. */
    private <T> List<T> partsOf(UUID recordId, String select, String timeColumn, RowMapper<T> row) {
        return jdbc.sql(select + " where record_id = :id order by " + timeColumn + ", id")
                .param("id", recordId).query(row).list();
    }

    private static UUID id(ResultSet rs) throws SQLException {
        return rs.getObject("id", UUID.class);
    }

    private static UUID recordId(ResultSet rs) throws SQLException {
        return rs.getObject("record_id", UUID.class);
    }

    private static String text(UserId id) {
        return id == null ? null : id.value();
    }

    private static SupervisionRecord record(ResultSet rs, int row) throws SQLException {
        List<UserId> participants = Arrays.stream((String[]) rs.getArray("participants").getArray())
                .map(UserId::of).toList();
        Approval approval = new Approval(CaseNumber.of(rs.getString("case_number")), ItemCode.of(rs.getString("item_code")),
                rs.getString("item_name"), rs.getString("licence_number"),
                DepartmentCode.of(rs.getString("supervising_department")), rs.getString("holder_name"),
                rs.getString("holder_masked_id_number"), rs.getObject("decided_at", OffsetDateTime.class), participants);
        String claimedBy = rs.getString("claimed_by");
        return SupervisionRecord.stored(rs.getObject("id", UUID.class), approval)
                .pushed(rs.getObject("pushed_at", OffsetDateTime.class), rs.getObject("claim_deadline", LocalDate.class),
                        rs.getBoolean("pushed_late"))
                .status(RecordStatus.valueOf(rs.getString("status")))
                .claimed(claimedBy == null ? null : UserId.of(claimedBy), rs.getObject("claimed_at", OffsetDateTime.class))
                .escalatedAt(rs.getObject("escalated_at", OffsetDateTime.class))
                .licenceStatus(LicenceStatus.valueOf(rs.getString("licence_status")))
                .version(rs.getLong("version"))
                .build();
    }
}

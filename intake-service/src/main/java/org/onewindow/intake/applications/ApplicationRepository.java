package org.onewindow.intake.applications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onewindow.contracts.catalog.Channel;
import org.onewindow.contracts.intake.ApplicationAccepted.ApplicantKind;
import org.onewindow.contracts.intake.ApplicationNotAccepted.Reason;
import org.onewindow.contracts.intake.OneTimeNoticeIssued.MissingMaterial;
import org.onewindow.contracts.intake.ResultDelivered.DeliveryMethod;
import org.onewindow.intake.catalog.ItemVersion;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Applications and their audit trail in explicit SQL; {@code version} increments with every update (ETag). */
@Repository
public class ApplicationRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            case_number, item::text AS item, centre_code, channel, status, applicant_kind, applicant_name, applicant_id_number,
            applicant_id_masked, applicant_phone, applicant_user_id, agent_user_id, agent_name, mandate::text AS mandate,
            delivery_method, delivery_address, materials::text AS materials, submitted_at, query_code_hash, accepted_at, deemed,
            deferred_materials::text AS deferred_materials, notice::text AS notice, notice_due_on, refusal_reasons::text AS refusal_reasons,
            refused_at, supplement_request::text AS supplement_request, promised_deadline, statutory_deadline,
            decision::text AS decision, licence_status, delivery::text AS delivery, version""";

    private final JdbcClient jdbc;

    public ApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Next daily sequence of a centre; the row lock serialises concurrent submissions at one centre. */
    public long nextSequence(String centreCode, LocalDate day) {
        return jdbc.sql("""
                INSERT INTO case_sequence (centre_code, day, last_value) VALUES (?, ?, 1)
                ON CONFLICT (centre_code, day) DO UPDATE SET last_value = case_sequence.last_value + 1
                RETURNING last_value""").params(centreCode, day).query(Long.class).single();
    }

    public void insert(Application a) {
        jdbc.sql("""
                INSERT INTO application (case_number, item_code, item_version, item, centre_code, channel, status, applicant_kind,
                    applicant_name, applicant_id_number, applicant_id_masked, applicant_phone, applicant_user_id, agent_user_id,
                    agent_name, mandate, delivery_method, delivery_address, materials, submitted_at, query_code_hash, accepted_at,
                    deemed, deferred_materials, notice, notice_due_on, refusal_reasons, version)
                VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?::jsonb, 0)""")
                .params(a.caseNumber(), a.item().itemCode(), a.item().version(), json(a.item()), a.centreCode(), a.channel().name(),
                        a.status().name(), a.applicant().kind().name(), a.applicant().name(), a.applicant().idNumber(),
                        a.applicant().maskedIdNumber(), a.applicant().phone(), a.applicant().userId(),
                        a.agent() == null ? null : a.agent().userId(), a.agent() == null ? null : a.agent().name(),
                        a.agent() == null ? null : json(a.agent().mandate()), a.deliveryPreference().method().name(),
                        a.deliveryPreference().address(), json(a.materialList()), a.submittedAt(), a.queryCodeHash(), a.acceptedAt(),
                        a.deemed(), json(a.deferred()), json(a.notice()), a.noticeDueOn(), json(a.refusalReasons()))
                .update();
        appendAudit(a);
    }

    /** Writes the mutable state; fails if someone else changed the row since it was loaded. */
    public void update(Application a) {
        int updated = jdbc.sql("""
                UPDATE application SET status = ?, materials = ?::jsonb, accepted_at = ?, deemed = ?, deferred_materials = ?::jsonb,
                    notice = ?::jsonb, notice_due_on = ?, refusal_reasons = ?::jsonb, refused_at = ?, supplement_request = ?::jsonb,
                    promised_deadline = ?, statutory_deadline = ?, decision = ?::jsonb, licence_status = ?, delivery = ?::jsonb,
                    version = version + 1
                WHERE case_number = ? AND version = ?""")
                .params(a.status().name(), json(a.materialList()), a.acceptedAt(), a.deemed(), json(a.deferred()), json(a.notice()),
                        a.noticeDueOn(), json(a.refusalReasons()), a.refusedAt(), nullableJson(a.supplementRequest()),
                        a.promisedDeadline(), a.statutoryDeadline(), nullableJson(a.decision()),
                        a.licenceStatus() == null ? null : a.licenceStatus().name(), nullableJson(a.delivery()),
                        a.caseNumber(), a.version())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("application " + a.caseNumber() + " changed concurrently");
        }
        appendAudit(a);
    }

    public Optional<Application> find(String caseNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM application WHERE case_number = ?").param(caseNumber)
                .query(this::map).optional();
    }

    /** Locked for the rest of the transaction: commands on one case run one after another. */
    public Optional<Application> findForUpdate(String caseNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM application WHERE case_number = ? FOR UPDATE").param(caseNumber)
                .query(this::map).optional();
    }

    /** Staff list: optional filters, oldest submission first, case number as tie-break (stable pages). */
    public PageResult<Application> list(String centreCode, ApplicationStatus status, PageQuery page) {
        String where = " WHERE (CAST(? AS text) IS NULL OR centre_code = ?) AND (CAST(? AS text) IS NULL OR status = ?)";
        String statusName = status == null ? null : status.name();
        long total = jdbc.sql("SELECT count(*) FROM application" + where)
                .params(centreCode, centreCode, statusName, statusName).query(Long.class).single();
        List<Application> items = jdbc.sql("SELECT " + COLUMNS + " FROM application" + where
                        + " ORDER BY submitted_at, case_number LIMIT ? OFFSET ?")
                .params(centreCode, centreCode, statusName, statusName, page.limit(), page.offset())
                .query(this::map).list();
        return PageResult.of(items, page, total);
    }

    public List<AuditEntry> history(String caseNumber) {
        return jdbc.sql("SELECT at, action, actor_id, actor_role, on_behalf_of, detail FROM audit_entry WHERE case_number = ? ORDER BY id")
                .param(caseNumber)
                .query((rs, n) -> new AuditEntry(rs.getObject("at", OffsetDateTime.class), rs.getString("action"),
                        rs.getString("actor_id"), rs.getString("actor_role"), rs.getString("on_behalf_of"), rs.getString("detail")))
                .list();
    }

    private void appendAudit(Application a) {
        for (AuditEntry entry : a.newAuditEntries()) {
            jdbc.sql("INSERT INTO audit_entry (case_number, at, action, actor_id, actor_role, on_behalf_of, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(a.caseNumber(), entry.at(), entry.action(), entry.actorId(), entry.actorRole(), entry.onBehalfOf(), entry.detail())
                    .update();
        }
    }

    private Application map(ResultSet rs, int row) throws SQLException {
        Applicant applicant = new Applicant(ApplicantKind.valueOf(rs.getString("applicant_kind")), rs.getString("applicant_name"),
                rs.getString("applicant_id_number"), rs.getString("applicant_id_masked"), rs.getString("applicant_phone"),
                rs.getString("applicant_user_id"));
        String agentUserId = rs.getString("agent_user_id");
        Agent agent = agentUserId == null ? null
                : new Agent(agentUserId, rs.getString("agent_name"), read(rs.getString("mandate"), Mandate.class));
        Map<String, SubmittedMaterial> materials = new LinkedHashMap<>();
        for (SubmittedMaterial m : readList(rs.getString("materials"), new TypeReference<List<SubmittedMaterial>>() { })) {
            materials.put(m.code(), m);
        }
        String licenceStatus = rs.getString("licence_status");
        return new Application(rs.getString("case_number"), read(rs.getString("item"), ItemVersion.class), rs.getString("centre_code"),
                Channel.valueOf(rs.getString("channel")), applicant, agent,
                new DeliveryPreference(DeliveryMethod.valueOf(rs.getString("delivery_method")), rs.getString("delivery_address")),
                materials, rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("query_code_hash"),
                ApplicationStatus.valueOf(rs.getString("status")), rs.getObject("accepted_at", OffsetDateTime.class),
                rs.getBoolean("deemed"), readList(rs.getString("deferred_materials"), new TypeReference<List<String>>() { }),
                readList(rs.getString("notice"), new TypeReference<List<MissingMaterial>>() { }),
                rs.getObject("notice_due_on", LocalDate.class),
                readList(rs.getString("refusal_reasons"), new TypeReference<List<Reason>>() { }),
                rs.getObject("refused_at", OffsetDateTime.class),
                read(rs.getString("supplement_request"), SupplementRequest.class),
                rs.getObject("promised_deadline", LocalDate.class), rs.getObject("statutory_deadline", LocalDate.class),
                read(rs.getString("decision"), Decision.class),
                licenceStatus == null ? null : LicenceStatus.valueOf(licenceStatus),
                read(rs.getString("delivery"), Delivery.class), rs.getLong("version"));
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static String nullableJson(Object value) {
        return value == null ? null : json(value);
    }

    private static <T> T read(String json, Class<T> type) {
        return json == null ? null : JSON.readValue(json, type);
    }

    private static <T> List<T> readList(String json, TypeReference<List<T>> type) {
        return json == null ? new ArrayList<>() : JSON.readValue(json, type);
    }
}

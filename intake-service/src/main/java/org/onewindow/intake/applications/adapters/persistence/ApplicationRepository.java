package org.onewindow.intake.applications.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onewindow.intake.applications.application.ApplicationStore;
import org.onewindow.intake.applications.application.CaseScope;
import org.onewindow.intake.applications.domain.Agent;
import org.onewindow.intake.applications.domain.Applicant;
import org.onewindow.intake.applications.domain.ApplicantKind;
import org.onewindow.intake.applications.domain.Application;
import org.onewindow.intake.applications.domain.ApplicationStatus;
import org.onewindow.intake.applications.domain.DeadlineChange;
import org.onewindow.intake.applications.domain.Decision;
import org.onewindow.intake.applications.domain.Delivery;
import org.onewindow.intake.applications.domain.DeliveryMethod;
import org.onewindow.intake.applications.domain.DeliveryPreference;
import org.onewindow.intake.applications.domain.DeliveryWarning;
import org.onewindow.intake.applications.domain.LicenceStatus;
import org.onewindow.intake.applications.domain.Mandate;
import org.onewindow.intake.applications.domain.MissingMaterial;
import org.onewindow.intake.applications.domain.Reason;
import org.onewindow.intake.applications.domain.SubmittedMaterial;
import org.onewindow.intake.applications.domain.SupplementRequest;
import org.onewindow.intake.catalog.domain.Channel;
import org.onewindow.intake.catalog.domain.ItemVersion;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.CentreCode;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.platform.web.paging.SqlPages;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applications in explicit SQL; {@code version} increments with every update (the ETag). The audit trail is the
 * platform's {@code audit_trail}, written by the command path.
 */
@Repository
public class ApplicationRepository implements ApplicationStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ItemSnapshots ITEMS = new ItemSnapshots(json -> JSON.readValue(json, ItemVersion.class));
    private static final String COLUMNS = """
            a.case_number, item::text AS item, centre_code, channel, status, applicant_kind, applicant_name, applicant_id_number,
            applicant_id_masked, applicant_phone, applicant_user_id, agent_user_id, agent_name, mandate::text AS mandate,
            delivery_method, delivery_address, materials::text AS materials, submitted_at, query_code_hash, accepted_at, deemed,
            deferred_materials::text AS deferred_materials, notice::text AS notice, notice_due_on, refusal_reasons::text AS refusal_reasons,
            refused_at, supplement_request::text AS supplement_request, promised_deadline, statutory_deadline,
            decision::text AS decision, licence_status, delivery::text AS delivery, deadlines_provisional,
            deadline_change::text AS deadline_change, licence_issue_due_by, licence_issue_due_provisional, delivery_warning, version""";

    private final JdbcClient jdbc;

    public ApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextSequence(String centreCode, LocalDate day) {
        return jdbc.sql("""
                INSERT INTO case_sequence (centre_code, day, last_value) VALUES (?, ?, 1)
                ON CONFLICT (centre_code, day) DO UPDATE SET last_value = case_sequence.last_value + 1
                RETURNING last_value""").params(centreCode, day).query(Long.class).single();
    }

    /** A new application is stored at version 0 (its first ETag). */
    @Override
    public void insert(Application a) {
        jdbc.sql("""
                INSERT INTO application (case_number, item_code, item_version, item, centre_code, channel, status, applicant_kind,
                    applicant_name, applicant_id_number, applicant_id_masked, applicant_phone, applicant_user_id, agent_user_id,
                    agent_name, mandate, delivery_method, delivery_address, materials, submitted_at, query_code_hash, accepted_at,
                    deemed, deferred_materials, notice, notice_due_on, refusal_reasons, version)
                VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?::jsonb, 0)""")
                .params(a.caseNumber().value(), a.item().itemCode(), a.item().version(), json(a.item()), a.centreCode().value(),
                        a.channel().name(), a.status().name(), a.applicant().kind().name(), a.applicant().name(),
                        a.applicant().idNumber(), a.applicant().maskedIdNumber(), a.applicant().phone(), a.applicant().userId(),
                        a.agent() == null ? null : a.agent().userId(), a.agent() == null ? null : a.agent().name(),
                        a.agent() == null ? null : json(a.agent().mandate()), a.deliveryPreference().method().name(),
                        a.deliveryPreference().address(), json(a.materialList()), a.submittedAt(), a.queryCodeHash(), a.acceptedAt(),
                        a.deemed(), json(a.deferred()), json(a.notice()), a.noticeDueOn(), json(a.refusalReasons()))
                .update();
        a.savedAs(0);
    }

    /** Writes the mutable state if nobody else saved since it was loaded; false (nothing written) otherwise. */
    @Override
    public boolean update(Application a) {
        int updated = jdbc.sql("""
                UPDATE application SET status = ?, materials = ?::jsonb, accepted_at = ?, deemed = ?, deferred_materials = ?::jsonb,
                    notice = ?::jsonb, notice_due_on = ?, refusal_reasons = ?::jsonb, refused_at = ?, supplement_request = ?::jsonb,
                    promised_deadline = ?, statutory_deadline = ?, decision = ?::jsonb, licence_status = ?, delivery = ?::jsonb,
                    deadlines_provisional = ?, deadline_change = ?::jsonb, licence_issue_due_by = ?,
                    licence_issue_due_provisional = ?, delivery_warning = ?, version = version + 1
                WHERE case_number = ? AND version = ?""")
                .params(a.status().name(), json(a.materialList()), a.acceptedAt(), a.deemed(), json(a.deferred()), json(a.notice()),
                        a.noticeDueOn(), json(a.refusalReasons()), a.refusedAt(), nullableJson(a.supplementRequest()),
                        a.promisedDeadline(), a.statutoryDeadline(), nullableJson(a.decision()),
                        a.licenceStatus() == null ? null : a.licenceStatus().name(), nullableJson(a.delivery()),
                        a.deadlinesProvisional(), nullableJson(a.deadlineChange()), a.licenceIssueDueBy(),
                        a.licenceIssueDueProvisional(),
                        a.deliveryWarningRaised() == null ? null : a.deliveryWarningRaised().name(),
                        a.caseNumber().value(), a.version())
                .update();
        if (updated == 1) {
            a.savedAs(a.version() + 1);
        }
        return updated == 1;
    }

    @Override
    public Optional<Application> find(CaseNumber caseNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM application a WHERE case_number = ?").param(caseNumber.value())
                .query(this::map).optional();
    }

    /** Locked for the rest of the transaction: commands on one case run one after another. */
    @Override
    public Optional<Application> findForUpdate(CaseNumber caseNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM application a WHERE case_number = ? FOR UPDATE").param(caseNumber.value())
                .query(this::map).optional();
    }

    @Override
    public PageResult<Application> list(CaseScope scope, String centreCode, ApplicationStatus status,
                                        DeliveryFilter delivery, PageQuery page) {
        List<Object> params = new ArrayList<>();
        String where = " WHERE (CAST(? AS text) IS NULL OR a.centre_code = ?) AND (CAST(? AS text) IS NULL OR a.status = ?)"
                + " AND " + ScopeSql.where(scope, params);
        String statusName = status == null ? null : status.name();
        List<Object> all = new ArrayList<>(List.of(nullable(centreCode), nullable(centreCode), nullable(statusName),
                nullable(statusName)));
        all.addAll(params);
        if (delivery != null) {
            where += " AND a.status = 'DECIDED' AND a.licence_issue_due_by IS NOT NULL AND " + switch (delivery.level()) {
                case GREEN -> "a.licence_issue_due_by > ?";
                case YELLOW -> "a.licence_issue_due_by >= ? AND a.licence_issue_due_by <= ?";
                case RED -> "a.licence_issue_due_by < ?";
            };
            switch (delivery.level()) {
                case GREEN -> all.add(delivery.yellowUntil());
                case YELLOW -> {
                    all.add(delivery.today());
                    all.add(delivery.yellowUntil());
                }
                case RED -> all.add(delivery.today());
            }
        }
        return SqlPages.page(jdbc, COLUMNS, "FROM application a" + where, "a.submitted_at, a.case_number",
                all, this::map, page);
    }

    @Override
    public List<CaseNumber> deliveryWarningCandidates(LocalDate today, LocalDate yellowUntil, int limit) {
        return jdbc.sql("""
                        SELECT case_number FROM application
                        WHERE status = 'DECIDED' AND licence_issue_due_by <= ?
                          AND (delivery_warning IS NULL OR (delivery_warning = 'YELLOW' AND licence_issue_due_by < ?))
                        ORDER BY licence_issue_due_by, case_number LIMIT ?""")
                .params(yellowUntil, today, limit)
                .query((rs, n) -> CaseNumber.of(rs.getString(1))).list();
    }

    @Override
    public void recordDepartments(CaseNumber caseNumber, Collection<String> departments) {
        for (String department : new LinkedHashSet<>(departments)) {
            jdbc.sql("INSERT INTO case_department (case_number, department) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(caseNumber.value(), department).update();
        }
    }

    @Override
    public Set<String> departmentsOf(CaseNumber caseNumber) {
        return Set.copyOf(jdbc.sql("SELECT department FROM case_department WHERE case_number = ?")
                .param(caseNumber.value()).query(String.class).list());
    }

    @Override
    public Map<String, Set<String>> departmentsOf(Collection<String> caseNumbers) {
        Map<String, Set<String>> byCase = new HashMap<>();
        if (caseNumbers.isEmpty()) {
            return byCase;
        }
        jdbc.sql("SELECT case_number, department FROM case_department WHERE case_number = ANY(?)")
                .param(caseNumbers.toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(row -> byCase.computeIfAbsent(row.getKey(), k -> new HashSet<>()).add(row.getValue()));
        return byCase;
    }

    /** A null filter bound as a typed SQL null (PostgreSQL must know the type of {@code CAST(? AS text)}). */
    private static Object nullable(String value) {
        return value == null ? new SqlParameterValue(Types.VARCHAR, null) : value;
    }

    private Application map(ResultSet rs, int row) throws SQLException {
        Applicant applicant = new Applicant(ApplicantKind.valueOf(rs.getString("applicant_kind")), rs.getString("applicant_name"),
                rs.getString("applicant_id_number"), rs.getString("applicant_id_masked"), rs.getString("applicant_phone"),
                rs.getString("applicant_user_id"));
        String agentUserId = rs.getString("agent_user_id");
        Agent agent = agentUserId == null ? null
                : new Agent(agentUserId, rs.getString("agent_name"), read(rs.getString("mandate"), Mandate.class));
        String licenceStatus = rs.getString("licence_status");
        String deliveryWarning = rs.getString("delivery_warning");
        return Application.restore()
                .caseNumber(CaseNumber.of(rs.getString("case_number")))
                .item(ITEMS.read(rs.getString("item")))
                .centreCode(CentreCode.of(rs.getString("centre_code")))
                .channel(Channel.valueOf(rs.getString("channel")))
                .applicant(applicant)
                .agent(agent)
                .deliveryPreference(new DeliveryPreference(DeliveryMethod.valueOf(rs.getString("delivery_method")),
                        rs.getString("delivery_address")))
                .materials(readList(rs.getString("materials"), new TypeReference<List<SubmittedMaterial>>() { }))
                .submittedAt(rs.getObject("submitted_at", OffsetDateTime.class))
                .queryCodeHash(rs.getString("query_code_hash"))
                .status(ApplicationStatus.valueOf(rs.getString("status")))
                .acceptedAt(rs.getObject("accepted_at", OffsetDateTime.class))
                .deemed(rs.getBoolean("deemed"))
                .deferred(readList(rs.getString("deferred_materials"), new TypeReference<List<String>>() { }))
                .notice(readList(rs.getString("notice"), new TypeReference<List<MissingMaterial>>() { }))
                .noticeDueOn(rs.getObject("notice_due_on", LocalDate.class))
                .refusalReasons(readList(rs.getString("refusal_reasons"), new TypeReference<List<Reason>>() { }))
                .refusedAt(rs.getObject("refused_at", OffsetDateTime.class))
                .supplementRequest(read(rs.getString("supplement_request"), SupplementRequest.class))
                .promisedDeadline(rs.getObject("promised_deadline", LocalDate.class))
                .statutoryDeadline(rs.getObject("statutory_deadline", LocalDate.class))
                .decision(read(rs.getString("decision"), Decision.class))
                .licenceStatus(licenceStatus == null ? null : LicenceStatus.valueOf(licenceStatus))
                .delivery(read(rs.getString("delivery"), Delivery.class))
                .deadlinesProvisional(rs.getBoolean("deadlines_provisional"))
                .deadlineChange(read(rs.getString("deadline_change"), DeadlineChange.class))
                .licenceIssueDueBy(rs.getObject("licence_issue_due_by", LocalDate.class))
                .licenceIssueDueProvisional(rs.getBoolean("licence_issue_due_provisional"))
                .deliveryWarningRaised(deliveryWarning == null ? null : DeliveryWarning.valueOf(deliveryWarning))
                .version(rs.getLong("version"))
                .build();
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

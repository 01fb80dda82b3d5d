package org.onewindow.catalog.items.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onewindow.catalog.items.application.ItemReads;
import org.onewindow.catalog.items.domain.ItemDefinition;
import org.onewindow.catalog.items.domain.ItemVersion;
import org.onewindow.catalog.items.domain.ServiceItem;
import org.onewindow.catalog.items.domain.VersionStatus;
import org.onewindow.platform.commands.AggregateStore;
import org.onewindow.platform.kernel.ItemCode;
import org.onewindow.platform.kernel.StateConflict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Items and their versions in PostgreSQL (explicit SQL, definitions as jsonb). {@code service_item.revision} is
 * the item's version: the ETag, the If-Match check and the optimistic lock of every save. The change log is the
 * platform's {@code audit_trail} (subject = item code), written by the command path.
 */
@Repository
public class JdbcItemStore implements AggregateStore<ItemCode, ServiceItem>, ItemReads {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public JdbcItemStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<ServiceItem> findForUpdate(ItemCode code) {
        Optional<Long> revision = jdbc.sql("SELECT revision FROM service_item WHERE code = :code FOR UPDATE")
                .param("code", code.value()).query(Long.class).optional();
        return revision.map(r -> ServiceItem.restore(code, versions(code.value()), r));
    }

    /** One statement, so the revision (ETag) and the versions (body) are of the same moment. */
    @Override
    public Optional<ServiceItem> find(ItemCode code) {
        record Row(long revision, ItemVersion version) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT i.revision, v.item_code, v.number, v.status, v.definition::text AS definition, v.effective_from,
                       v.effective_until, v.changed_at
                FROM service_item i JOIN item_version v ON v.item_code = i.code
                WHERE i.code = :code ORDER BY v.number
                """).param("code", code.value())
                .query((rs, n) -> new Row(rs.getLong("revision"), version(rs, n))).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ServiceItem.restore(code, rows.stream().map(Row::version).toList(), rows.getFirst().revision()));
    }

    @Override
    public boolean exists(ItemCode code) {
        return jdbc.sql("SELECT count(*) FROM service_item WHERE code = :code").param("code", code.value())
                .query(Long.class).single() > 0;
    }

    @Override
    public void insert(ServiceItem item) {
        int inserted = jdbc.sql("""
                INSERT INTO service_item (code, revision, name, status, current_version, latest_version,
                    departments, levels, channels, created_at, changed_at)
                VALUES (:code, 1, :name, :status, :current, :latest, :departments, :levels, :channels, :at, :at)
                ON CONFLICT (code) DO NOTHING
                """).params(summary(item)).update();
        if (inserted == 0) { // created meanwhile by someone else
            throw new StateConflict("item.code-taken", "item " + item.code()
                    + " already exists; change it through a new version");
        }
        writeVersions(item);
        item.stored(1);
    }

    @Override
    public boolean update(ServiceItem item) {
        int updated = jdbc.sql("""
                UPDATE service_item SET revision = revision + 1, name = :name, status = :status,
                    current_version = :current, latest_version = :latest, departments = :departments,
                    levels = :levels, channels = :channels, changed_at = :at
                WHERE code = :code AND revision = :expected
                """).params(summary(item)).param("expected", item.version()).update();
        if (updated == 0) {
            return false;
        }
        writeVersions(item);
        item.stored(item.version() + 1);
        return true;
    }

    /** The search columns: they describe the version in force (the latest draft before the first publication). */
    private Map<String, Object> summary(ServiceItem item) {
        ItemVersion shown = item.current().orElse(item.latest());
        ItemDefinition d = shown.definition();
        Set<String> departments = new LinkedHashSet<>();
        addIfPresent(departments, d.implementingDepartment());
        addIfPresent(departments, d.supervisingDepartment());
        if (d.route() != null) {
            d.route().departments().forEach(code -> addIfPresent(departments, code));
        }
        Set<String> levels = new LinkedHashSet<>();
        if (d.level() != null) {
            levels.add(d.level().name());
        }
        d.delegations().forEach(g -> levels.add(String.valueOf(g.level())));
        Map<String, Object> summary = new java.util.HashMap<>(Map.of(
                "code", item.code().value(), "name", d.name() == null ? "" : d.name(), "status", shown.status().name(),
                "latest", item.latest().number(), "departments", departments.toArray(String[]::new),
                "levels", levels.toArray(String[]::new),
                "channels", d.channels().stream().map(Enum::name).sorted().toArray(String[]::new),
                "at", utc(item.versions().stream().map(ItemVersion::changedAt).max(Instant::compareTo).orElseThrow())));
        summary.put("current", item.current().map(ItemVersion::number).orElse(null));
        return summary;
    }

    private void writeVersions(ServiceItem item) {
        for (ItemVersion v : item.versions()) {
            jdbc.sql("""
                    INSERT INTO item_version (item_code, number, status, definition, effective_from, effective_until, changed_at)
                    VALUES (:code, :number, :status, :definition::jsonb, :from, :until, :at)
                    ON CONFLICT (item_code, number) DO UPDATE SET status = excluded.status, definition = excluded.definition,
                        effective_from = excluded.effective_from, effective_until = excluded.effective_until,
                        changed_at = excluded.changed_at
                    WHERE item_version.changed_at IS DISTINCT FROM excluded.changed_at
                    """)
                    .param("code", v.itemCode()).param("number", v.number()).param("status", v.status().name())
                    .param("definition", json.writeValueAsString(v.definition()))
                    .param("from", v.effectiveFrom()).param("until", v.effectiveUntil()).param("at", utc(v.changedAt()))
                    .update();
        }
    }

    /** Codes of the items whose SCHEDULED version takes effect on or before {@code today}. */
    @Override
    public List<ItemCode> scheduledDue(LocalDate today) {
        return jdbc.sql("SELECT item_code FROM item_version WHERE status = 'SCHEDULED' AND effective_from <= :today ORDER BY item_code")
                .param("today", today).query(String.class).list().stream().map(ItemCode::of).toList();
    }

    @Override
    public List<ItemSummary> search(Criteria criteria, long offset, int limit) {
        Map<String, Object> params = params(criteria);
        return jdbc.sql("SELECT code, name, status, current_version, latest_version, departments, channels FROM service_item"
                        + where(params) + " ORDER BY code LIMIT :limit OFFSET :offset")
                .params(params).param("limit", limit).param("offset", offset)
                .query(JdbcItemStore::summary).list();
    }

    @Override
    public long count(Criteria criteria) {
        Map<String, Object> params = params(criteria);
        return jdbc.sql("SELECT count(*) FROM service_item" + where(params)).params(params).query(Long.class).single();
    }

    /**
     * Published items a centre may accept: those held at the centre's own level, and those delegated to
     * its level (to every centre of that level, or to this one by name).
     */
    @Override
    public List<ItemSummary> acceptableAt(String centre, String level, long offset, int limit) {
        return jdbc.sql("SELECT i.code, i.name, i.status, i.current_version, i.latest_version, i.departments, i.channels"
                        + ACCEPTABLE + " ORDER BY i.code LIMIT :limit OFFSET :offset")
                .param("centre", centre).param("level", level).param("limit", limit).param("offset", offset)
                .query(JdbcItemStore::summary).list();
    }

    @Override
    public long countAcceptableAt(String centre, String level) {
        return jdbc.sql("SELECT count(*)" + ACCEPTABLE).param("centre", centre).param("level", level)
                .query(Long.class).single();
    }

    private static final String ACCEPTABLE = """
             FROM service_item i JOIN item_version v ON v.item_code = i.code AND v.number = i.current_version
            WHERE i.status = 'PUBLISHED'
              AND (v.definition ->> 'level' = :level
                   OR EXISTS (SELECT 1 FROM jsonb_array_elements(v.definition -> 'delegations') d
                              WHERE d ->> 'level' = :level
                                AND (jsonb_array_length(d -> 'centres') = 0 OR d -> 'centres' @> jsonb_build_array(:centre::text))))
            """;

    /** Each search criterion's clause, by its parameter: a criterion given in {@link #params} adds its clause. */
    private static final Map<String, String> CLAUSES = Map.of(
            "text", "name ILIKE :text",
            "code", "code ILIKE :code",
            "department", "departments @> ARRAY[:department]::text[]",
            "level", "levels @> ARRAY[:level]::text[]",
            "channel", "channels @> ARRAY[:channel]::text[]",
            "status", "status = :status");

    private static String where(Map<String, Object> params) {
        List<String> clauses = params.keySet().stream().sorted().map(CLAUSES::get).toList();
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static Map<String, Object> params(Criteria c) {
        var params = new java.util.HashMap<String, Object>();
        if (c.text() != null) {
            params.put("text", "%" + like(c.text()) + "%");
        }
        if (c.code() != null) {
            params.put("code", like(c.code()) + "%");
        }
        putIfPresent(params, "department", c.department());
        putIfPresent(params, "level", c.level());
        putIfPresent(params, "channel", c.channel());
        putIfPresent(params, "status", c.status());
        return params;
    }

    private List<ItemVersion> versions(String code) {
        return jdbc.sql("""
                SELECT item_code, number, status, definition::text AS definition, effective_from, effective_until, changed_at
                FROM item_version WHERE item_code = :code ORDER BY number
                """).param("code", code).query(this::version).list();
    }

    private ItemVersion version(ResultSet rs, int row) throws SQLException {
        return new ItemVersion(rs.getString("item_code"), rs.getInt("number"), VersionStatus.valueOf(rs.getString("status")),
                json.readValue(rs.getString("definition"), ItemDefinition.class),
                rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_until", LocalDate.class),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant());
    }

    private static ItemSummary summary(ResultSet rs, int row) throws SQLException {
        return new ItemSummary(rs.getString("code"), rs.getString("name"), VersionStatus.valueOf(rs.getString("status")),
                (Integer) rs.getObject("current_version"), rs.getInt("latest_version"),
                List.of((String[]) rs.getArray("departments").getArray()),
                List.of((String[]) rs.getArray("channels").getArray()));
    }

    private static String like(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void putIfPresent(Map<String, Object> params, String key, String value) {
        if (value != null) {
            params.put(key, value);
        }
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null && !value.isBlank()) {
            set.add(value);
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}

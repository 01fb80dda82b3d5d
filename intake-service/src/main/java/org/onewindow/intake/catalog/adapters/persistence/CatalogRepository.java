package org.onewindow.intake.catalog.adapters.persistence;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.onewindow.intake.catalog.application.CatalogStore;
import org.onewindow.intake.catalog.domain.CentreLevel;
import org.onewindow.intake.catalog.domain.ItemVersion;
import org.onewindow.intake.catalog.domain.ServiceCentre;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** The catalog replica's tables. Upserts keep the newer version, so replays and reordering are harmless. */
@Repository
public class CatalogRepository implements CatalogStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    public CatalogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void saveItem(ItemVersion item, OffsetDateTime changedAt) {
        jdbc.sql("""
                INSERT INTO catalog_item (item_code, version, item, changed_at) VALUES (?, ?, ?::jsonb, ?)
                ON CONFLICT (item_code) DO UPDATE SET version = excluded.version, item = excluded.item, changed_at = excluded.changed_at
                WHERE catalog_item.version <= excluded.version""")
                .params(item.itemCode(), item.version(), JSON.writeValueAsString(item), changedAt).update();
    }

    @Override
    public Optional<ItemVersion> item(String itemCode) {
        return jdbc.sql("SELECT item::text FROM catalog_item WHERE item_code = ?").param(itemCode)
                .query(String.class).optional().map(json -> JSON.readValue(json, ItemVersion.class));
    }

    @Override
    public void saveCentre(ServiceCentre centre, OffsetDateTime changedAt) {
        jdbc.sql("""
                INSERT INTO service_centre (code, name, level, parent_code, active, changed_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level, parent_code = excluded.parent_code,
                    active = excluded.active, changed_at = excluded.changed_at
                WHERE service_centre.changed_at <= excluded.changed_at""")
                .params(centre.code(), centre.name(), centre.level().name(), centre.parentCode(), centre.active(), changedAt)
                .update();
    }

    @Override
    public Map<String, ServiceCentre> centresBelow(String code) {
        Map<String, ServiceCentre> below = new LinkedHashMap<>();
        jdbc.sql("""
                WITH RECURSIVE below (code, depth) AS (
                    SELECT code, 1 FROM service_centre WHERE parent_code = ?
                    UNION
                    SELECT c.code, b.depth + 1 FROM service_centre c JOIN below b ON c.parent_code = b.code WHERE b.depth < 10)
                SELECT DISTINCT c.code, c.name, c.level, c.parent_code, c.active
                FROM service_centre c JOIN below b ON b.code = c.code WHERE c.code <> ?""")
                .params(code, code)
                .query((rs, n) -> new ServiceCentre(rs.getString("code"), rs.getString("name"),
                        CentreLevel.valueOf(rs.getString("level")), rs.getString("parent_code"), rs.getBoolean("active")))
                .list().forEach(centre -> below.put(centre.code(), centre));
        return below;
    }

    @Override
    public Optional<ServiceCentre> centre(String code) {
        return jdbc.sql("SELECT code, name, level, parent_code, active FROM service_centre WHERE code = ?").param(code)
                .query((rs, n) -> new ServiceCentre(rs.getString("code"), rs.getString("name"),
                        CentreLevel.valueOf(rs.getString("level")), rs.getString("parent_code"), rs.getBoolean("active")))
                .optional();
    }
}

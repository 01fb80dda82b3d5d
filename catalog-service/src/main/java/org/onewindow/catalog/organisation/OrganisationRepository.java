package org.onewindow.catalog.organisation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.onewindow.catalog.items.CatalogReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Departments and service centres in PostgreSQL; also the references item validation checks against. */
@Repository
public class OrganisationRepository implements CatalogReferences {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public OrganisationRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void save(Department department, Instant at) {
        jdbc.sql("""
                INSERT INTO department (code, name, powers, changed_at) VALUES (:code, :name, :powers::jsonb, :at)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, powers = excluded.powers, changed_at = excluded.changed_at
                """)
                .param("code", department.code()).param("name", department.name())
                .param("powers", json.writeValueAsString(department.powers())).param("at", utc(at))
                .update();
    }

    public void save(ServiceCentre centre, Instant at) {
        jdbc.sql("""
                INSERT INTO service_centre (code, name, level, parent_code, changed_at) VALUES (:code, :name, :level, :parent, :at)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level,
                    parent_code = excluded.parent_code, changed_at = excluded.changed_at
                """)
                .param("code", centre.code()).param("name", centre.name()).param("level", centre.level().name())
                .param("parent", centre.parent()).param("at", utc(at))
                .update();
    }

    public Optional<Department> department(String code) {
        return jdbc.sql("SELECT code, name, powers::text AS powers FROM department WHERE code = :code")
                .param("code", code)
                .query((rs, n) -> new Department(rs.getString("code"), rs.getString("name"),
                        json.readValue(rs.getString("powers"), STRINGS)))
                .optional();
    }

    public List<Department> departments(long offset, int limit) {
        return jdbc.sql("SELECT code, name, powers::text AS powers FROM department ORDER BY code LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Department(rs.getString("code"), rs.getString("name"),
                        json.readValue(rs.getString("powers"), STRINGS)))
                .list();
    }

    public long countDepartments() {
        return jdbc.sql("SELECT count(*) FROM department").query(Long.class).single();
    }

    public Optional<ServiceCentre> centre(String code) {
        return jdbc.sql("SELECT code, name, level, parent_code FROM service_centre WHERE code = :code")
                .param("code", code).query(OrganisationRepository::centre).optional();
    }

    /** Centres in a stable order: city first, then town, then village, each by code. */
    public List<ServiceCentre> centres(long offset, int limit) {
        return jdbc.sql("""
                SELECT code, name, level, parent_code FROM service_centre
                ORDER BY array_position(ARRAY['CITY','TOWN','VILLAGE'], level), code LIMIT :limit OFFSET :offset
                """)
                .param("limit", limit).param("offset", offset).query(OrganisationRepository::centre).list();
    }

    public long countCentres() {
        return jdbc.sql("SELECT count(*) FROM service_centre").query(Long.class).single();
    }

    @Override
    public boolean departmentExists(String code) {
        return jdbc.sql("SELECT count(*) FROM department WHERE code = :code AND active").param("code", code)
                .query(Long.class).single() > 0;
    }

    @Override
    public Optional<Level> centreLevel(String code) {
        return centre(code).map(ServiceCentre::level);
    }

    private static ServiceCentre centre(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ServiceCentre(rs.getString("code"), rs.getString("name"), Level.valueOf(rs.getString("level")),
                rs.getString("parent_code"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}

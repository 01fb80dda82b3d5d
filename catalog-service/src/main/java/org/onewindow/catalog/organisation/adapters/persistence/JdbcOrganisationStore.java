package org.onewindow.catalog.organisation.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.onewindow.catalog.organisation.application.OrganisationReads;
import org.onewindow.catalog.organisation.domain.Department;
import org.onewindow.catalog.organisation.domain.Level;
import org.onewindow.catalog.organisation.domain.RegisteredCentre;
import org.onewindow.catalog.organisation.domain.RegisteredDepartment;
import org.onewindow.catalog.organisation.domain.ServiceCentre;
import org.onewindow.platform.kernel.CentreCode;
import org.onewindow.platform.kernel.DepartmentCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads of departments and service centres; also the references item validation checks against. */
@Repository
public class JdbcOrganisationStore implements OrganisationReads {

    static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public JdbcOrganisationStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<RegisteredDepartment> department(DepartmentCode code) {
        return jdbc.sql("SELECT code, name, powers::text AS powers, version FROM department WHERE code = :code")
                .param("code", code.value()).query(this::row).optional();
    }

    @Override
    public List<RegisteredDepartment> departments(long offset, int limit) {
        return jdbc.sql("""
                SELECT code, name, powers::text AS powers, version FROM department ORDER BY code LIMIT :limit OFFSET :offset
                """)
                .param("limit", limit).param("offset", offset).query(this::row).list();
    }

    @Override
    public long countDepartments() {
        return jdbc.sql("SELECT count(*) FROM department").query(Long.class).single();
    }

    @Override
    public Optional<RegisteredCentre> centre(CentreCode code) {
        return jdbc.sql("SELECT code, name, level, parent_code, version FROM service_centre WHERE code = :code")
                .param("code", code.value())
                .query((rs, n) -> new RegisteredCentre(centre(rs, n), rs.getLong("version"))).optional();
    }

    @Override
    public List<ServiceCentre> centres(long offset, int limit) {
        return jdbc.sql("""
                SELECT code, name, level, parent_code FROM service_centre
                ORDER BY array_position(ARRAY['CITY','TOWN','VILLAGE'], level), code LIMIT :limit OFFSET :offset
                """)
                .param("limit", limit).param("offset", offset).query(JdbcOrganisationStore::centre).list();
    }

    @Override
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
        return jdbc.sql("SELECT level FROM service_centre WHERE code = :code").param("code", code)
                .query(String.class).optional().map(Level::valueOf);
    }

    RegisteredDepartment row(ResultSet rs, int row) throws SQLException {
        return new RegisteredDepartment(new Department(rs.getString("code"), rs.getString("name"),
                json.readValue(rs.getString("powers"), STRINGS)), rs.getLong("version"));
    }

    static ServiceCentre centre(ResultSet rs, int row) throws SQLException {
        return new ServiceCentre(rs.getString("code"), rs.getString("name"), Level.valueOf(rs.getString("level")),
                rs.getString("parent_code"));
    }
}

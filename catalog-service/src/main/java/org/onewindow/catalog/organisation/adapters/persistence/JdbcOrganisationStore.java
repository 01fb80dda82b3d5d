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
    /** Appended by the stores of the command path: the row stays locked until the transaction ends. */
    static final String FOR_UPDATE = " FOR UPDATE";
    private static final String DEPARTMENT = "SELECT code, name, powers::text AS powers, version FROM department";
    private static final String CENTRE = "SELECT code, name, level, parent_code, version FROM service_centre";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public JdbcOrganisationStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<RegisteredDepartment> department(DepartmentCode code) {
        return department(code, "");
    }

    Optional<RegisteredDepartment> department(DepartmentCode code, String lock) {
        return jdbc.sql(DEPARTMENT + " WHERE code = :code" + lock).param("code", code.value()).query(this::departmentRow)
                .optional();
    }

    @Override
    public List<RegisteredDepartment> departments(long offset, int limit) {
        return jdbc.sql(DEPARTMENT + " ORDER BY code LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset).query(this::departmentRow).list();
    }

    @Override
    public long countDepartments() {
        return jdbc.sql("SELECT count(*) FROM department").query(Long.class).single();
    }

    @Override
    public Optional<RegisteredCentre> centre(CentreCode code) {
        return centre(code, "");
    }

    Optional<RegisteredCentre> centre(CentreCode code, String lock) {
        return jdbc.sql(CENTRE + " WHERE code = :code" + lock).param("code", code.value())
                .query((rs, n) -> new RegisteredCentre(centreRow(rs, n), rs.getLong("version"))).optional();
    }

    @Override
    public List<ServiceCentre> centres(long offset, int limit) {
        return jdbc.sql("""
                SELECT code, name, level, parent_code FROM service_centre
                ORDER BY array_position(ARRAY['CITY','TOWN','VILLAGE'], level), code LIMIT :limit OFFSET :offset
                """)
                .param("limit", limit).param("offset", offset).query(JdbcOrganisationStore::centreRow).list();
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

    private RegisteredDepartment departmentRow(ResultSet rs, int row) throws SQLException {
        return new RegisteredDepartment(new Department(rs.getString("code"), rs.getString("name"),
                json.readValue(rs.getString("powers"), STRINGS)), rs.getLong("version"));
    }

    private static ServiceCentre centreRow(ResultSet rs, int row) throws SQLException {
        return new ServiceCentre(rs.getString("code"), rs.getString("name"), Level.valueOf(rs.getString("level")),
                rs.getString("parent_code"));
    }
}

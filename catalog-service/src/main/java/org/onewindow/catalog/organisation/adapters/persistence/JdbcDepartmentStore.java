package org.onewindow.catalog.organisation.adapters.persistence;

import java.time.Clock;
import java.util.Map;

import org.onewindow.catalog.organisation.domain.RegisteredDepartment;
import org.onewindow.platform.kernel.DepartmentCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The department table as the command path saves it: {@code version} is the ETag and the optimistic lock. */
@Repository
public class JdbcDepartmentStore extends VersionedRowStore<DepartmentCode, RegisteredDepartment> {

    private final JsonMapper json;

    public JdbcDepartmentStore(JdbcClient jdbc, JsonMapper json, JdbcOrganisationStore reads, Clock clock) {
        super(jdbc, clock, "department", "department.concurrent-change",
                code -> reads.department(code, JdbcOrganisationStore.FOR_UPDATE));
        this.json = json;
    }

    @Override
    String insertStatement() {
        return """
                INSERT INTO department (code, name, powers, changed_at, version) VALUES (:code, :name, :powers::jsonb, :at, 1)
                ON CONFLICT (code) DO NOTHING
                """;
    }

    @Override
    String updateStatement() {
        return """
                UPDATE department SET name = :name, powers = :powers::jsonb, changed_at = :at, version = version + 1
                WHERE code = :code AND version = :version
                """;
    }

    @Override
    Map<String, ?> columns(RegisteredDepartment department) {
        return Map.of("code", department.code().value(), "name", department.state().name(),
                "powers", json.writeValueAsString(department.state().powers()));
    }
}

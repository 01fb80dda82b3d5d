package org.onewindow.catalog.organisation.adapters.persistence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.onewindow.catalog.organisation.domain.RegisteredDepartment;
import org.onewindow.platform.commands.AggregateStore;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.StateConflict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The department table as the command path saves it: {@code version} is the ETag and the optimistic lock. */
@Repository
public class JdbcDepartmentStore implements AggregateStore<DepartmentCode, RegisteredDepartment> {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final JdbcOrganisationStore reads;
    private final Clock clock;

    public JdbcDepartmentStore(JdbcClient jdbc, JsonMapper json, JdbcOrganisationStore reads, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.reads = reads;
        this.clock = clock;
    }

    @Override
    public Optional<RegisteredDepartment> findForUpdate(DepartmentCode code) {
        return jdbc.sql("SELECT code, name, powers::text AS powers, version FROM department WHERE code = :code FOR UPDATE")
                .param("code", code.value()).query(reads::row).optional();
    }

    @Override
    public void insert(RegisteredDepartment department) {
        int inserted = jdbc.sql("""
                INSERT INTO department (code, name, powers, changed_at, version) VALUES (:code, :name, :powers::jsonb, :at, 1)
                ON CONFLICT (code) DO NOTHING
                """)
                .param("code", department.code().value()).param("name", department.state().name())
                .param("powers", json.writeValueAsString(department.state().powers())).param("at", now())
                .update();
        if (inserted == 0) {
            throw new StateConflict("department.concurrent-change", "department " + department.code()
                    + " was created by someone else meanwhile: read it again and retry");
        }
        department.stored(1);
    }

    @Override
    public boolean update(RegisteredDepartment department) {
        int updated = jdbc.sql("""
                UPDATE department SET name = :name, powers = :powers::jsonb, changed_at = :at, version = version + 1
                WHERE code = :code AND version = :version
                """)
                .param("code", department.code().value()).param("name", department.state().name())
                .param("powers", json.writeValueAsString(department.state().powers())).param("at", now())
                .param("version", department.version()).update();
        if (updated == 1) {
            department.stored(department.version() + 1);
        }
        return updated == 1;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}

package org.onewindow.catalog.organisation.adapters.persistence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.onewindow.catalog.organisation.domain.RegisteredCentre;
import org.onewindow.platform.commands.AggregateStore;
import org.onewindow.platform.kernel.CentreCode;
import org.onewindow.platform.kernel.StateConflict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The service_centre table as the command path saves it: {@code version} is the ETag and the optimistic lock. */
@Repository
public class JdbcCentreStore implements AggregateStore<CentreCode, RegisteredCentre> {

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcCentreStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<RegisteredCentre> findForUpdate(CentreCode code) {
        return jdbc.sql("SELECT code, name, level, parent_code, version FROM service_centre WHERE code = :code FOR UPDATE")
                .param("code", code.value())
                .query((rs, n) -> new RegisteredCentre(JdbcOrganisationStore.centre(rs, n), rs.getLong("version")))
                .optional();
    }

    @Override
    public void insert(RegisteredCentre centre) {
        int inserted = jdbc.sql("""
                INSERT INTO service_centre (code, name, level, parent_code, changed_at, version)
                VALUES (:code, :name, :level, :parent, :at, 1)
                ON CONFLICT (code) DO NOTHING
                """)
                .param("code", centre.code().value()).param("name", centre.state().name())
                .param("level", centre.state().level().name()).param("parent", centre.state().parent())
                .param("at", now())
                .update();
        if (inserted == 0) {
            throw new StateConflict("centre.concurrent-change", "centre " + centre.code()
                    + " was created by someone else meanwhile: read it again and retry");
        }
        centre.stored(1);
    }

    @Override
    public boolean update(RegisteredCentre centre) {
        int updated = jdbc.sql("""
                UPDATE service_centre SET name = :name, level = :level, parent_code = :parent, changed_at = :at,
                    version = version + 1
                WHERE code = :code AND version = :version
                """)
                .param("code", centre.code().value()).param("name", centre.state().name())
                .param("level", centre.state().level().name()).param("parent", centre.state().parent())
                .param("at", now())
                .param("version", centre.version()).update();
        if (updated == 1) {
            centre.stored(centre.version() + 1);
        }
        return updated == 1;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}

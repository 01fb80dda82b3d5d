package org.onewindow.catalog.organisation.adapters.persistence;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.onewindow.catalog.organisation.domain.RegisteredCentre;
import org.onewindow.platform.kernel.CentreCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The service_centre table as the command path saves it: {@code version} is the ETag and the optimistic lock. */
@Repository
public class JdbcCentreStore extends VersionedRowStore<CentreCode, RegisteredCentre> {

    public JdbcCentreStore(JdbcClient jdbc, JdbcOrganisationStore reads, Clock clock) {
        super(jdbc, clock, "centre", "centre.concurrent-change",
                code -> reads.centre(code, JdbcOrganisationStore.FOR_UPDATE));
    }

    @Override
    String insertStatement() {
        return """
                INSERT INTO service_centre (code, name, level, parent_code, changed_at, version)
                VALUES (:code, :name, :level, :parent, :at, 1)
                ON CONFLICT (code) DO NOTHING
                """;
    }

    @Override
    String updateStatement() {
        return """
                UPDATE service_centre SET name = :name, level = :level, parent_code = :parent, changed_at = :at,
                    version = version + 1
                WHERE code = :code AND version = :version
                """;
    }

    @Override
    Map<String, ?> columns(RegisteredCentre centre) {
        Map<String, Object> columns = new HashMap<>(); // parent is null for a city centre: no Map.of
        columns.put("code", centre.code().value());
        columns.put("name", centre.state().name());
        columns.put("level", centre.state().level().name());
        columns.put("parent", centre.state().parent());
        return columns;
    }
}

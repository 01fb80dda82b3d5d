package org.onewindow.catalog.organisation.adapters.persistence;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.onewindow.platform.commands.AggregateStore;
import org.onewindow.platform.kernel.StateConflict;
import org.onewindow.platform.kernel.StoredAggregate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How the department and the centre table are saved: a row per code whose {@code version} is the ETag and the
 * optimistic lock. The insert writes version 1 unless the code was taken meanwhile; the update writes only at the
 * version read. A subclass gives the two statements and the row's columns.
 */
abstract class VersionedRowStore<K, A extends StoredAggregate<?>> implements AggregateStore<K, A> {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String kind;
    private final String conflictRule;
    private final Function<K, Optional<A>> lockedRead;

    /** {@code lockedRead}: the row by code, locked until the transaction ends. */
    VersionedRowStore(JdbcClient jdbc, Clock clock, String kind, String conflictRule,
                      Function<K, Optional<A>> lockedRead) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.kind = kind;
        this.conflictRule = conflictRule;
        this.lockedRead = lockedRead;
    }

    /** {@code INSERT ... ON CONFLICT (code) DO NOTHING} at version 1, the change time as {@code :at}. */
    abstract String insertStatement();

    /** {@code UPDATE ...} advancing {@code version} {@code WHERE code = :code AND version = :version}. */
    abstract String updateStatement();

    /** The row's columns by parameter name ({@code code} among them), without version and change time. */
    abstract Map<String, ?> columns(A aggregate);

    @Override
    public Optional<A> findForUpdate(K code) {
        return lockedRead.apply(code);
    }

    @Override
    public void insert(A aggregate) {
        Map<String, ?> columns = columns(aggregate);
        if (jdbc.sql(insertStatement()).params(columns).param("at", now()).update() == 0) {
            throw new StateConflict(conflictRule, kind + " " + columns.get("code")
                    + " was created by someone else meanwhile: read it again and retry");
        }
        aggregate.stored(1);
    }

    @Override
    public boolean update(A aggregate) {
        boolean updated = jdbc.sql(updateStatement()).params(columns(aggregate)).param("at", now())
                .param("version", aggregate.version()).update() == 1;
        if (updated) {
            aggregate.stored(aggregate.version() + 1);
        }
        return updated;
    }

    private Object now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}

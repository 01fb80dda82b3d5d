package org.onewindow.monitor.alerts.adapters.persistence;

import org.onewindow.monitor.alerts.application.ScanLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A transaction-scoped PostgreSQL advisory lock, as the platform's inbox pruner takes one. */
@Component
public class JdbcScanLock implements ScanLock {

    /** "monscan": distinct from the platform's relay and pruner keys. */
    static final long LOCK_KEY = 0x6d6f6e7363616eL;

    private final JdbcClient jdbc;

    public JdbcScanLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean tryLockForTransaction() {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK_KEY)
                .query(Boolean.class).single());
    }
}

package org.onewindow.intake.documents.adapters.persistence;

import org.onewindow.intake.documents.application.JobLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code pg_try_advisory_xact_lock}: released when the job's transaction ends, also when the instance dies. */
@Component
public class JdbcJobLock implements JobLock {

    private final JdbcClient jdbc;

    public JdbcJobLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean tryLockForTransaction(long key) {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)").param(key)
                .query(Boolean.class).single());
    }
}

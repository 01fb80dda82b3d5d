package org.onewindow.platform.web.testapp;

import java.time.Instant;
import java.util.Optional;

import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.onewindow.platform.web.idempotency.IdempotencyKeys;
import org.onewindow.platform.web.idempotency.IdempotentRequest;
import org.onewindow.platform.web.idempotency.JdbcIdempotencyKeys;
import org.onewindow.platform.web.idempotency.StoredResponse;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The real key table, except that storing the answer of a key starting with {@value #PREFIX} fails: what a
 * database that goes away between the command and the commit does to the idempotency filter; and that claiming a
 * key starting with {@value #UNCLAIMABLE} finds no pooled connection, as an overloaded service's filter does.
 */
@Component
public class UnstorableAnswers implements IdempotencyKeys {

    public static final String PREFIX = "unstorable-";
    public static final String UNCLAIMABLE = "unclaimable-";

    private final JdbcIdempotencyKeys keys;

    public UnstorableAnswers(DataSource dataSource) {
        this.keys = new JdbcIdempotencyKeys(JdbcClient.create(dataSource));
    }

    @Override
    public boolean claim(IdempotentRequest request, Instant now) {
        if (request.key().startsWith(UNCLAIMABLE)) {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        }
        return keys.claim(request, now);
    }

    @Override
    public Optional<Entry> find(String principal, String key) {
        return keys.find(principal, key);
    }

    @Override
    public void complete(IdempotentRequest request, StoredResponse response, Instant now) {
        if (request.key().startsWith(PREFIX)) {
            throw new IllegalStateException("connection lost while storing the answer");
        }
        keys.complete(request, response, now);
    }

    @Override
    public void release(String principal, String key) {
        keys.release(principal, key);
    }

    @Override
    public int deleteCreatedBefore(Instant cutoff, int limit) {
        return keys.deleteCreatedBefore(cutoff, limit);
    }
}

package org.onewindow.platform.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The services' transaction manager on the embedded PostgreSQL: a transaction gets the isolation level it asks for from
 * one statement, never from the connection's session setting (three round trips on PostgreSQL), and the next
 * transaction on the same connection is back at the database's default.
 */
class OneStatementIsolationTest extends ParcelTestSupport {

    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager serviceTransactions;

    /** The JDBC calls made on the one connection, by method name. */
    private final List<String> connectionCalls = new ArrayList<>();

    @Test
    void every_service_gets_the_one_statement_manager() {
        assertThat(serviceTransactions).isInstanceOf(OneStatementIsolation.class);
    }

    @Test
    void a_repeatable_read_transaction_reads_one_snapshot_without_touching_the_session_level() throws Exception {
        String table = "isolation_" + UUID.randomUUID().toString().replace("-", "");
        new JdbcTemplate(dataSource).execute("create table " + table + " (n int)");
        try (SingleConnectionDataSource one = counted()) {
            JdbcTemplate jdbc = new JdbcTemplate(one);
            JdbcTemplate other = new JdbcTemplate(dataSource);

            List<Object> seen = transaction(one, TransactionDefinition.ISOLATION_REPEATABLE_READ, true).execute(status -> {
                String level = jdbc.queryForObject("show transaction_isolation", String.class);
                String readOnly = jdbc.queryForObject("show transaction_read_only", String.class);
                Integer before = jdbc.queryForObject("select count(*) from " + table, Integer.class);
                other.update("insert into " + table + " values (1)"); // committed by another connection meanwhile
                Integer after = jdbc.queryForObject("select count(*) from " + table, Integer.class);
                return List.of(level, readOnly, before, after);
            });

            assertThat(seen).as("level, read-only, rows before and after another commit")
                    .containsExactly("repeatable read", "on", 0, 0);
            String next = transaction(one, TransactionDefinition.ISOLATION_DEFAULT, false)
                    .execute(status -> jdbc.queryForObject("show transaction_isolation", String.class));
            assertThat(next).as("the next transaction on the same connection").isEqualTo("read committed");
            assertThat(connectionCalls).as("JDBC's session-level isolation calls")
                    .doesNotContain("getTransactionIsolation", "setTransactionIsolation");
        } finally {
            new JdbcTemplate(dataSource).execute("drop table " + table);
        }
    }

    @Test
    void serializable_is_set_the_same_way_and_the_default_level_sends_no_statement() throws Exception {
        try (SingleConnectionDataSource one = counted()) {
            JdbcTemplate jdbc = new JdbcTemplate(one);

            String level = transaction(one, TransactionDefinition.ISOLATION_SERIALIZABLE, false)
                    .execute(status -> jdbc.queryForObject("show transaction_isolation", String.class));
            assertThat(level).isEqualTo("serializable");
            int statementsBefore = count("createStatement");
            transaction(one, TransactionDefinition.ISOLATION_DEFAULT, false).executeWithoutResult(status -> { });

            assertThat(count("createStatement")).as("statements created by a transaction at the default level")
                    .isEqualTo(statementsBefore);
            assertThat(connectionCalls).doesNotContain("getTransactionIsolation", "setTransactionIsolation");
        }
    }

    private static TransactionTemplate transaction(DataSource on, int isolation, boolean readOnly) {
        TransactionTemplate template = new TransactionTemplate(new OneStatementIsolation(on));
        template.setIsolationLevel(isolation);
        template.setReadOnly(readOnly);
        return template;
    }

    private int count(String method) {
        return (int) connectionCalls.stream().filter(method::equals).count();
    }

    /** One pooled connection of the test's database, every call on it recorded. */
    private SingleConnectionDataSource counted() throws Exception {
        Connection real = dataSource.getConnection();
        InvocationHandler recording = (proxy, method, args) -> {
            connectionCalls.add(method.getName());
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        Connection connection = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, recording);
        return new SingleConnectionDataSource(connection, true) {
            @Override
            public void destroy() {
                super.destroy();
                try {
                    real.close();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }
}

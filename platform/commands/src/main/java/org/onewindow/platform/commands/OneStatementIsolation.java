package org.onewindow.platform.commands;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DelegatingTransactionDefinition;

/**
 * Spring's JDBC transaction manager, but a transaction that asks for an isolation level gets it from one
 * {@code SET TRANSACTION ISOLATION LEVEL} statement, sent with the driver's {@code BEGIN}. Spring sets it through
 * the JDBC connection instead, which on PostgreSQL costs three round trips of their own: {@code SHOW} the session's
 * level, {@code SET SESSION CHARACTERISTICS} to the new one, and again to set it back after the commit. Review's and
 * rating's snapshot reads (repeatable read, so a case and its ETag agree) pay that on every read, and a waiting read
 * on every re-read. The session's level is never touched, so nothing needs resetting when the connection goes back to
 * the pool.
 */
public class OneStatementIsolation extends JdbcTransactionManager {

    public OneStatementIsolation(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition.getIsolationLevel() == TransactionDefinition.ISOLATION_DEFAULT
                ? definition : new LevelInStatement(definition));
    }

    /** Called by {@code doBegin} once auto-commit is off; a failure here releases the connection there. */
    @Override
    protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition) throws SQLException {
        super.prepareTransactionalConnection(con, definition);
        if (definition instanceof LevelInStatement level) {
            try (Statement statement = con.createStatement()) {
                statement.execute("SET TRANSACTION ISOLATION LEVEL " + level.sql());
            }
        }
    }

    /** The definition as Spring's {@code doBegin} sees it: no level for the connection, the level kept for the statement. */
    private static final class LevelInStatement extends DelegatingTransactionDefinition {

        private final int requested;

        LevelInStatement(TransactionDefinition definition) {
            super(definition);
            this.requested = definition.getIsolationLevel();
        }

        @Override
        public int getIsolationLevel() {
            return ISOLATION_DEFAULT;
        }

        String sql() {
            return switch (requested) {
                case ISOLATION_READ_UNCOMMITTED -> "READ UNCOMMITTED";
                case ISOLATION_READ_COMMITTED -> "READ COMMITTED";
                case ISOLATION_REPEATABLE_READ -> "REPEATABLE READ";
                case ISOLATION_SERIALIZABLE -> "SERIALIZABLE";
                default -> throw new IllegalArgumentException("unknown isolation level " + requested);
            };
        }
    }
}

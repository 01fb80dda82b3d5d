package org.onewindow.platform.web.testapp;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** A real transaction on a database nobody listens on: what an exhausted pool or a restarting server raises. */
final class UnreachableDatabase {

    private UnreachableDatabase() {
    }

    /** Throws Spring's CannotCreateTransactionException, caused by the driver's refused connection. */
    static void beginTransaction() {
        DriverManagerDataSource away = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/away?connectTimeout=2",
                "nobody", "nothing");
        new TransactionTemplate(new DataSourceTransactionManager(away)).executeWithoutResult(status -> {
        });
    }
}

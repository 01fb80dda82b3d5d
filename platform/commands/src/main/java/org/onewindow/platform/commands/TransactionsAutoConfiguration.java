package org.onewindow.platform.commands;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.TransactionManager;

/**
 * Every service's transaction manager: Boot's own ({@code spring.transaction.*} applies as there), with the isolation
 * level set in one statement ({@link OneStatementIsolation}).
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class, before = DataSourceTransactionManagerAutoConfiguration.class)
@ConditionalOnSingleCandidate(DataSource.class)
public class TransactionsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(TransactionManager.class)
    OneStatementIsolation transactionManager(DataSource dataSource, ObjectProvider<TransactionManagerCustomizers> customizers) {
        OneStatementIsolation transactions = new OneStatementIsolation(dataSource);
        customizers.ifAvailable(c -> c.customize(transactions));
        return transactions;
    }
}

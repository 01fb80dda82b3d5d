package org.onewindow.platform.commands;

import javax.sql.DataSource;


import org.onewindow.platform.messaging.EventPublisher;
import org.onewindow.platform.messaging.MessagingAutoConfiguration;
import org.onewindow.platform.messaging.PlatformFlywayLocation;
import org.onewindow.platform.messaging.SubjectsChangedElsewhere;
import org.onewindow.platform.web.waiting.ChangeSignals;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The command path's pieces: the audit trail table (Flyway location {@value #FLYWAY_LOCATION}) and the factory. */
@AutoConfiguration(after = {MessagingAutoConfiguration.class, DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class})
@ConditionalOnBean({DataSource.class, PlatformTransactionManager.class, EventPublisher.class})
public class CommandsAutoConfiguration {

    static final String FLYWAY_LOCATION = "classpath:db/platform-commands";

    @Bean
    PlatformFlywayLocation commandsFlywayLocation() {
        return new PlatformFlywayLocation(FLYWAY_LOCATION);
    }

    @Bean
    @ConditionalOnMissingBean
    AuditTrail auditTrail(DataSource dataSource) {
        return new AuditTrail(JdbcClient.create(dataSource));
    }

    @Bean
    @ConditionalOnMissingBean
    CommandPaths commandPaths(EventPublisher publisher, AuditTrail auditTrail, PlatformTransactionManager transactions,
                              ObjectProvider<ChangeSignals> signals) {
        return new CommandPaths(publisher, auditTrail, new TransactionTemplate(transactions), signals.getIfAvailable());
    }

    /** Waiting reads here wake as soon as another instance commits an event of their subject (the outbox's NOTIFY). */
    @Bean
    @ConditionalOnMissingBean
    SubjectsChangedElsewhere subjectsChangedElsewhere(ObjectProvider<ChangeSignals> signals) {
        ChangeSignals changeSignals = signals.getIfAvailable();
        return changeSignals == null ? SubjectsChangedElsewhere.NONE : changeSignals::changedSubject;
    }
}

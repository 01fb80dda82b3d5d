package org.onewindow.platform.web.idempotency;

import java.time.Clock;

import javax.sql.DataSource;

import org.onewindow.platform.web.OneWindowWebAutoConfiguration;
import org.onewindow.platform.web.problems.ProblemResponseWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Idempotency keys for creating POSTs, in services that have a database ({@code onewindow.web.idempotency.enabled},
 * default true). The filter runs after the security filter chain (order {@value #FILTER_ORDER}; Spring Security's
 * is -100), so keys are scoped to the authenticated caller.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, JdbcClientAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, OneWindowWebAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(JdbcClient.class)
@ConditionalOnBooleanProperty(name = "onewindow.web.idempotency.enabled", matchIfMissing = true)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    public static final int FILTER_ORDER = 0;

    /** Flyway learns the table's location even before the DataSource condition below can be evaluated. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer")
    static class Migrations {

        @Bean
        IdempotencyFlywayLocation idempotencyFlywayLocation() {
            return new IdempotencyFlywayLocation();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(DataSource.class)
    static class Store {

        @Bean
        @ConditionalOnMissingBean
        IdempotencyKeys idempotencyKeys(DataSource dataSource) {
            return new JdbcIdempotencyKeys(JdbcClient.create(dataSource));
        }

        @Bean
        FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys,
                IdempotencyProperties properties, ProblemResponseWriter problems,
                ObjectProvider<PlatformTransactionManager> transactions) {
            FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                    new IdempotencyFilter(keys, properties, problems, Clock.systemUTC(), transactions.getIfUnique()));
            registration.setOrder(FILTER_ORDER);
            return registration;
        }

        @Bean
        IdempotencyKeyCleanup idempotencyKeyCleanup(IdempotencyKeys keys, IdempotencyProperties properties) {
            return new IdempotencyKeyCleanup(keys, properties, Clock.systemUTC());
        }
    }
}

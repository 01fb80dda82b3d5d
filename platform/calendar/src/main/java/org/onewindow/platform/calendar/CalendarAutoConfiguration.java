package org.onewindow.platform.calendar;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@link CalendarReplica} bean and its table's Flyway location, in every service with a database. */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(JdbcClient.class)
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarAutoConfiguration {

    /** Flyway learns the table's location even before the DataSource condition below can be evaluated. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer")
    static class Migrations {

        @Bean
        CalendarFlywayLocation calendarFlywayLocation() {
            return new CalendarFlywayLocation();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(DataSource.class)
    static class Replica {

        /** JdbcClient over the DataSource: a write joins the inbox transaction of the consuming handler. */
        @Bean
        @ConditionalOnMissingBean
        CalendarReplica calendarReplica(DataSource dataSource, CalendarProperties properties) {
            return new CalendarReplica(new CalendarYearTable(JdbcClient.create(dataSource)), properties.cacheTtl(),
                    System::nanoTime);
        }

        /** The operator's alert for deadlines counted without a published calendar, with its gauge. */
        @Bean
        @ConditionalOnMissingBean
        MissingCalendarYears missingCalendarYears(CalendarReplica replica, ObjectProvider<MeterRegistry> meters) {
            MissingCalendarYears missing = new MissingCalendarYears(replica::current);
            meters.ifAvailable(registry -> Gauge.builder(MissingCalendarYears.GAUGE, missing, MissingCalendarYears::earliest)
                    .description("earliest year a stored deadline counts days of whose calendar is not published (0: none)")
                    .register(registry));
            return missing;
        }

        /** Contributes as {@code calendar}. */
        @Bean
        @ConditionalOnClass(HealthIndicator.class)
        @ConditionalOnMissingBean(name = "calendarHealthIndicator")
        CalendarHealthIndicator calendarHealthIndicator(CalendarReplica replica, MissingCalendarYears missing) {
            return new CalendarHealthIndicator(replica, missing);
        }
    }
}

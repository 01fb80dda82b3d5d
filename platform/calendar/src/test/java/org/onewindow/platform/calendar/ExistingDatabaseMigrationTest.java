package org.onewindow.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.OneWindowTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A service database migrated before this module existed (its V1 applied, with its own calendar table) starts
 * with the module: the V0_3 table is applied out of order, then the service's drop migration moves the years.
 */
@OneWindowTest
class ExistingDatabaseMigrationTest {

    @Autowired
    DataSource dataSource;

    private FluentConfiguration flyway(String... locations) {
        return Flyway.configure().dataSource(dataSource).schemas("existing_service").locations(locations);
    }

    @Test
    void an_existing_service_database_gets_the_replica_table_and_keeps_its_received_years() {
        flyway("classpath:db/existing-service-v1").load().migrate();

        FluentConfiguration upgraded = flyway("classpath:db/existing-service-v1", "classpath:db/existing-service-v2");
        new CalendarFlywayLocation().customize(upgraded);
        upgraded.load().migrate();

        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(jdbc.sql("select version from existing_service.flyway_schema_history where success and version is not null order by installed_rank")
                .query(String.class).list()).containsExactly("1", "0.3", "2");
        assertThat(jdbc.sql("""
                        select year || ' v' || version || ' ' || holidays::text || ' ' || adjusted_workdays::text
                        from existing_service.platform_calendar_year""").query(String.class).list())
                .containsExactly("2030 v3 {2030-10-01,2030-10-02} {2030-09-29}");
        assertThat(jdbc.sql("select to_regclass('existing_service.calendar_year') is null").query(Boolean.class).single())
                .isTrue();
    }
}

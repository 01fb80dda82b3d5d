package org.onewindow.catalog.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The catalog's settings are bound with their defaults and checked at start: an unusable value stops the service. */
class CatalogPropertiesTest {

    @Configuration
    @EnableConfigurationProperties({CatalogProperties.class, CatalogProperties.DemoData.class})
    static class Settings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void the_defaults_hold_when_nothing_is_set() {
        context.run(started -> {
            CatalogProperties properties = started.getBean(CatalogProperties.class);
            assertThat(properties.effectiveDateCron()).isEqualTo("0 */15 * * * *");
            assertThat(properties.importFile()).isEmpty();
            assertThat(properties.importExit()).isFalse();
            assertThat(started.getBean(CatalogProperties.DemoData.class).demoData()).isFalse();
        });
    }

    @Test
    void the_documented_keys_bind_including_onewindow_catalog_import() {
        context.withPropertyValues("onewindow.catalog.effective-date-cron=0 0 1 * * *",
                        "onewindow.catalog.import=/tmp/catalog.csv", "onewindow.catalog.import-exit=true",
                        "onewindow.demo-data=true")
                .run(started -> {
                    CatalogProperties properties = started.getBean(CatalogProperties.class);
                    assertThat(properties.effectiveDateCron()).isEqualTo("0 0 1 * * *");
                    assertThat(properties.importFile()).isEqualTo("/tmp/catalog.csv");
                    assertThat(properties.importExit()).isTrue();
                    assertThat(started.getBean(CatalogProperties.DemoData.class).demoData()).isTrue();
                });
    }

    @Test
    void an_effective_date_cron_that_is_not_a_cron_expression_stops_the_start() {
        context.withPropertyValues("onewindow.catalog.effective-date-cron=every quarter hour")
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .hasStackTraceContaining("effectiveDateCron"));
    }

    @Test
    void a_blank_effective_date_cron_stops_the_start() {
        context.withPropertyValues("onewindow.catalog.effective-date-cron= ")
                .run(started -> assertThat(started).hasFailed());
    }
}

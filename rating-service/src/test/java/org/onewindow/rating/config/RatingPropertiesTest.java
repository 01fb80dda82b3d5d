package org.onewindow.rating.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code onewindow.rating.*}: defaults in the record, and a value no locality could mean stops the start. */
class RatingPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RatingProperties.class)
    static class PropertiesOnly {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void without_settings_a_stage_stays_open_thirty_days_and_a_rectification_has_fifteen_working_days() {
        context.run(started -> {
            RatingProperties properties = started.getBean(RatingProperties.class);
            assertThat(properties.windowDays()).isEqualTo(30);
            assertThat(properties.rectificationWorkingDays()).isEqualTo(15);
        });
    }

    @Test
    void a_locality_sets_its_own_figures() {
        context.withPropertyValues("onewindow.rating.window-days=15", "onewindow.rating.rectification-working-days=7")
                .run(started -> assertThat(started.getBean(RatingProperties.class))
                        .isEqualTo(new RatingProperties(15, 7)));
    }

    @Test
    void the_rectification_steps_have_their_defaults_and_a_locality_sets_its_own() {
        context.run(started -> assertThat(started.getBean(RatingProperties.class).rectificationTerms())
                .isEqualTo(new org.onewindow.rating.rectifications.domain.RectificationTerms(15, 5, 5, 3, 5)));
        context.withPropertyValues("onewindow.rating.rectification.verify-working-days=2",
                        "onewindow.rating.rectification.follow-up-working-days=3",
                        "onewindow.rating.rectification.close-working-days=1",
                        "onewindow.rating.rectification.appeal-working-days=10",
                        "onewindow.rating.rectification.overdue-scan-interval=PT1M")
                .run(started -> {
                    RatingProperties properties = started.getBean(RatingProperties.class);
                    assertThat(properties.rectificationTerms())
                            .isEqualTo(new org.onewindow.rating.rectifications.domain.RectificationTerms(15, 2, 3, 1, 10));
                    assertThat(properties.rectification().overdueScanInterval()).hasMinutes(1);
                });
        context.withPropertyValues("onewindow.rating.rectification.verify-working-days=0")
                .run(started -> assertThat(started).hasFailed());
        context.withPropertyValues("onewindow.rating.rectification.overdue-scan-interval=PT0S")
                .run(started -> assertThat(started).hasFailed());
    }

    @Test
    void a_negative_window_stops_the_start_naming_the_key() {
        context.withPropertyValues("onewindow.rating.window-days=-1").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("windowDays");
        });
    }

    @Test
    void a_rectification_without_a_working_day_stops_the_start() {
        context.withPropertyValues("onewindow.rating.rectification-working-days=0")
                .run(started -> assertThat(started).hasFailed());
    }
}

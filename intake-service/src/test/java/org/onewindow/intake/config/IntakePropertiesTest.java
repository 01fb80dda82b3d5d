package org.onewindow.intake.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code onewindow.intake.*} is bound and checked when the context starts, with its defaults in one place. */
class IntakePropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IntakeProperties.class)
    static class PropertiesOnly {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class);

    @Test
    void without_settings_a_notice_is_due_in_ten_working_days() {
        context.run(started -> assertThat(started.getBean(IntakeProperties.class).noticeWorkingDays()).isEqualTo(10));
    }

    @Test
    void a_configured_notice_period_is_used() {
        context.withPropertyValues("onewindow.intake.notice-working-days=15")
                .run(started -> assertThat(started.getBean(IntakeProperties.class).noticeWorkingDays()).isEqualTo(15));
    }

    @Test
    void the_context_refuses_to_start_with_a_notice_period_that_is_not_positive() {
        context.withPropertyValues("onewindow.intake.notice-working-days=-1").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("noticeWorkingDays");
        });
        context.withPropertyValues("onewindow.intake.notice-working-days=0")
                .run(started -> assertThat(started).hasFailed());
    }
}

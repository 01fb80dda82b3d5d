package org.onewindow.review.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.onewindow.review.cases.domain.ExtensionRules;
import org.onewindow.review.cases.domain.LicenceTerms;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code onewindow.review.*}: the defaults in one place, and a wrong value stops the service at start naming the key. */
class ReviewPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ReviewProperties.class)
    static class PropertiesOnly {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class);

    @Test
    void without_settings_the_legal_defaults_apply() {
        context.run(started -> {
            ReviewProperties properties = started.getBean(ReviewProperties.class);
            assertThat(properties.licenceTerms()).isEqualTo(LicenceTerms.DEFAULT);
            assertThat(properties.licenceValidity()).isEqualTo(Period.ofYears(5));
            assertThat(properties.extensionRules()).isEqualTo(ExtensionRules.DEFAULT);
            assertThat(properties.stepLimits().workingDays()).isNull();
            assertThat(properties.warnings().enabled()).isTrue();
            assertThat(properties.warnings().scanInterval()).isEqualTo(Duration.ofMinutes(1));
            assertThat(properties.warnings().yellowWorkingDaysBefore()).isEqualTo(1);
            assertThat(properties.supplements().maxPerTask()).isEqualTo(1);
        });
    }

    @Test
    void a_setting_overrides_its_default_only() {
        context.withPropertyValues("onewindow.review.extensions.joint-max-working-days=20",
                "onewindow.review.steps.working-days=4").run(started -> {
            ReviewProperties properties = started.getBean(ReviewProperties.class);
            assertThat(properties.extensionRules()).isEqualTo(new ExtensionRules(10, 20));
            assertThat(properties.stepLimits().workingDays()).isEqualTo(4);
        });
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "onewindow.review.warnings.yellow-working-days-before, -1",
            "onewindow.review.warnings.scan-interval, PT0S",
            "onewindow.review.licence-issue-working-days, 0",
            "onewindow.review.licence-validity, P-1Y",
            "onewindow.review.extensions.max-working-days, 0",
            "onewindow.review.steps.working-days, -3",
            "onewindow.review.supplements.max-per-task, 0"})
    void an_invalid_value_stops_the_service_at_start_naming_the_key(String key, String value) {
        context.withPropertyValues(key + "=" + value).run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("onewindow.review");
        });
    }
}

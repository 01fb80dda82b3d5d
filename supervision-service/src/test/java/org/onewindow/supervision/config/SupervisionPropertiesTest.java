package org.onewindow.supervision.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code onewindow.supervision.*}: the defaults in one place, and a value out of its range stops the start. */
class SupervisionPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SupervisionProperties.class)
    static class PropertiesOnly {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void without_any_key_the_documented_defaults_apply() {
        context.run(started -> {
            SupervisionProperties properties = started.getBean(SupervisionProperties.class);
            assertThat(properties.claimWorkingDays()).isEqualTo(2);
            assertThat(properties.pushWorkingDays()).isEqualTo(2);
            assertThat(properties.escalation().enabled()).isTrue();
            assertThat(properties.escalation().scanInterval()).isEqualTo(Duration.ofMinutes(1));
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"onewindow.supervision.claim-working-days=0", "onewindow.supervision.push-working-days=-1",
            "onewindow.supervision.claim-working-days=61", "onewindow.supervision.escalation.scan-interval=PT0S",
            "onewindow.supervision.escalation.scan-interval=-PT1M"})
    void the_context_refuses_to_start_with_a_value_out_of_range_and_names_the_key(String keyAndValue) {
        String key = keyAndValue.substring(keyAndValue.lastIndexOf('.') + 1, keyAndValue.indexOf('='));
        context.withPropertyValues(keyAndValue).run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining(camel(key));
        });
    }

    private static String camel(String kebab) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}

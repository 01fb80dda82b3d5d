package org.onewindow.platform.web.waiting;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Waiting reads: the one {@link ChangeSignals} of the JVM (the command path fires it) and the {@link ChangeWaiter}. */
@AutoConfiguration
@EnableConfigurationProperties(WaitingProperties.class)
public class WaitingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ChangeSignals changeSignals() {
        return new ChangeSignals();
    }

    @Bean
    @ConditionalOnMissingBean
    ChangeWaiter changeWaiter(ChangeSignals signals, WaitingProperties properties) {
        return new ChangeWaiter(signals, properties);
    }
}

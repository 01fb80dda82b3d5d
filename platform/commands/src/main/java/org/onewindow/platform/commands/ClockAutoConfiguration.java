package org.onewindow.platform.commands;

import java.time.Clock;

import org.onewindow.platform.clock.ChinaTime;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The one clock of every service (system time, China's zone); a test replaces it by declaring its own. */
@AutoConfiguration
public class ClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return ChinaTime.systemClock();
    }
}

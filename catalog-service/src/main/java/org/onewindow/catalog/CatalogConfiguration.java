package org.onewindow.catalog;

import java.time.Clock;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wiring: the clock, and scheduling for effective dates (EffectiveDateService). */
@Configuration
@ConfigurationPropertiesScan
@EnableScheduling
class CatalogConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

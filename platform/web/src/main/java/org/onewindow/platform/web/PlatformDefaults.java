package org.onewindow.platform.web;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Adds a set of platform defaults for Spring Boot properties as one property source of the lowest precedence, once:
 * any service property, command-line argument or environment variable overrides them. Runs after the config files
 * are loaded (so they win) and before logging starts.
 */
public abstract class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

    private final String propertySourceName;
    private final Supplier<Map<String, Object>> defaults;

    protected PlatformDefaults(String propertySourceName, Supplier<Map<String, Object>> defaults) {
        this.propertySourceName = propertySourceName;
        this.defaults = defaults;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getPropertySources().contains(propertySourceName)) {
            environment.getPropertySources().addLast(new MapPropertySource(propertySourceName, defaults.get()));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

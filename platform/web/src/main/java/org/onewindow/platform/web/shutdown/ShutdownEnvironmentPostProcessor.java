package org.onewindow.platform.web.shutdown;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * How every service (and the gateway) stops on SIGTERM, added as the LOWEST-precedence property source so that any
 * service property, command-line argument or environment variable overrides it:
 * <ul>
 * <li>{@code server.shutdown=graceful}: the web server stops accepting connections, requests in flight finish;</li>
 * <li>{@code spring.lifecycle.timeout-per-shutdown-phase=10s}: but for at most 10 s (Boot's default is 30 s; the
 * local stack kills a service 20 s after SIGTERM, an orchestrator usually after 30 s);</li>
 * <li>{@code spring.datasource.hikari.connection-timeout=5000} (ms): a request, consumer or outbox round waits at
 * most 5 s for a database connection instead of 30 s. With the database down this bounds both what a caller waits
 * for its error and how long stopping takes: Hikari's close waits up to this long for a connection attempt in
 * flight, and a graceful phase waits for requests that wait for connections.</li>
 * </ul>
 * Measured in docs/operations.md ("Stopping a service").
 */
public class ShutdownEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY_SOURCE_NAME = "onewindowShutdownDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
            environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, defaults()));
        }
    }

    static Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("server.shutdown", "graceful");
        defaults.put("spring.lifecycle.timeout-per-shutdown-phase", "10s");
        defaults.put("spring.datasource.hikari.connection-timeout", "5000");
        return defaults;
    }

    /** After the config files are loaded (they win); the order among the lowest-precedence defaults is irrelevant. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

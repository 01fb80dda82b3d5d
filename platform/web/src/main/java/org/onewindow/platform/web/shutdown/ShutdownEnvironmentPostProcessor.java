package org.onewindow.platform.web.shutdown;

import java.util.LinkedHashMap;
import java.util.Map;

import org.onewindow.platform.web.PlatformDefaults;

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
public class ShutdownEnvironmentPostProcessor extends PlatformDefaults {

    public static final String PROPERTY_SOURCE_NAME = "onewindowShutdownDefaults";

    public ShutdownEnvironmentPostProcessor() {
        super(PROPERTY_SOURCE_NAME, ShutdownEnvironmentPostProcessor::defaults);
    }

    static Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("server.shutdown", "graceful");
        defaults.put("spring.lifecycle.timeout-per-shutdown-phase", "10s");
        defaults.put("spring.datasource.hikari.connection-timeout", "5000");
        return defaults;
    }
}

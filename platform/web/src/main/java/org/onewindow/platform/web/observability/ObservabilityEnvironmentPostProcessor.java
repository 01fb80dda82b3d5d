package org.onewindow.platform.web.observability;

import java.util.LinkedHashMap;
import java.util.Map;

import org.onewindow.platform.web.PlatformDefaults;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * The suite's observability defaults, added as the LOWEST-precedence property source so that any service property,
 * command-line argument or environment variable overrides them:
 * <ul>
 * <li>{@code logging.structured.format.console=ecs}: JSON log lines (Elastic Common Schema). Every line written
 * inside a traced request or consumed event carries the MDC keys of Micrometer Tracing as top-level members
 * {@code "traceId"} (32 hex) and {@code "spanId"} (16 hex), not ECS's {@code trace.id}; set the format to an
 * empty value for plain-text logs (then Boot's {@code [traceId-spanId]} correlation pattern);</li>
 * <li>{@code logging.structured.json.customizer}: {@link MaskingJsonMembersCustomizer} (personal data masked);</li>
 * <li>{@code logging.exception-conversion-word=%maskedEx}: plain-text stack traces with personal data masked
 * ({@link MaskingThrowableConverter});</li>
 * <li>{@code management.tracing.sampling.probability=1.0} and {@code management.tracing.propagation.type=w3c}:
 * an incoming W3C {@code traceparent} (forwarded by the gateway) is continued, a request without one starts a
 * sampled trace; the Brave tracer comes with this module ({@code micrometer-tracing-bridge-brave});</li>
 * <li>{@code management.observations.enable.spring.security=false}: no observation per security filter (a
 * measured per-request cost); the HTTP server observation and its trace remain;</li>
 * <li>{@code management.endpoints.web.exposure.include=health,info,prometheus,metrics,deadletters,outbox};</li>
 * <li>{@code management.metrics.tags.application=${spring.application.name}}: the service on every meter;</li>
 * <li>{@code management.metrics.distribution.percentiles-histogram.http.server.requests=true} (5 ms..10 s): p99
 * latency per route in Prometheus;</li>
 * <li>{@code management.endpoint.health.probes.enabled=true}, readiness = {@code readinessState}, {@code db} and
 * {@code kafka} (each only when the service has it: group membership is not validated), its components listed
 * (status only, no details).</li>
 * </ul>
 * It also makes Logback's message converter mask personal data ({@link MaskingMessageConverter}). Runs before
 * logging is initialised, which is why this is an environment post-processor and not an auto-configuration.
 */
public class ObservabilityEnvironmentPostProcessor extends PlatformDefaults {

    public static final String PROPERTY_SOURCE_NAME = "onewindowWebDefaults";

    private static final String LOGBACK_PATTERN_LAYOUT = "ch.qos.logback.classic.PatternLayout";

    public ObservabilityEnvironmentPostProcessor() {
        super(PROPERTY_SOURCE_NAME, () -> defaults(logbackPresent()));
    }

    private static boolean logbackPresent() {
        return ClassUtils.isPresent(LOGBACK_PATTERN_LAYOUT,
                ObservabilityEnvironmentPostProcessor.class.getClassLoader());
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (logbackPresent()) {
            LogbackMasking.install();
        }
        super.postProcessEnvironment(environment, application);
    }

    static Map<String, Object> defaults(boolean logback) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("logging.structured.format.console", "ecs");
        defaults.put("logging.structured.json.customizer", MaskingJsonMembersCustomizer.class.getName());
        if (logback) { // %maskedEx is a Logback converter: another logging system would not know the word
            defaults.put("logging.exception-conversion-word", "%" + MaskingThrowableConverter.CONVERSION_WORD);
        }
        // no span exporter is configured: sampling everything costs little and keeps the traceparent flag 01
        defaults.put("management.tracing.sampling.probability", "1.0");
        defaults.put("management.tracing.propagation.type", "w3c");
        // Spring Security observes each of its ~15 filters per request: 12-15% of the CPU profile of the gateway
        // and review under load (docs/benchmarks.md), for spans nobody exports. The request's own span stays.
        defaults.put("management.observations.enable.spring.security", "false");
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics,deadletters,outbox");
        // every meter says which service it is from: the dashboards and alerts group by it across instances
        defaults.put("management.metrics.tags.application", "${spring.application.name:onewindow}");
        // histogram buckets make p99 latency computable across instances in Prometheus (deploy/observability);
        // bounded to 5 ms..10 s so a series carries about 30 buckets, not the default 70-odd
        defaults.put("management.metrics.distribution.percentiles-histogram.http.server.requests", "true");
        defaults.put("management.metrics.distribution.minimum-expected-value.http.server.requests", "5ms");
        defaults.put("management.metrics.distribution.maximum-expected-value.http.server.requests", "10s");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.endpoint.health.group.readiness.include", "readinessState,db,kafka");
        defaults.put("management.endpoint.health.group.readiness.show-components", "always");
        defaults.put("management.endpoint.health.group.liveness.include", "livenessState");
        defaults.put("management.endpoint.health.validate-group-membership", "false");
        return defaults;
    }
}

package org.onewindow.platform.web.observability;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * The suite's observability defaults, added as the LOWEST-precedence property source so that any service property,
 * command-line argument or environment variable overrides them:
 * <ul>
 * <li>{@code logging.structured.format.console=ecs}: JSON log lines (Elastic Common Schema) with the trace and
 * span ids from Micrometer Tracing; set it to an empty value for plain-text logs;</li>
 * <li>{@code logging.structured.json.customizer}: {@link MaskingJsonMembersCustomizer} (personal data masked);</li>
 * <li>{@code management.endpoints.web.exposure.include=health,info,prometheus,metrics,deadletters};</li>
 * <li>{@code management.endpoint.health.probes.enabled=true}, readiness = {@code readinessState}, {@code db} and
 * {@code kafka} (each only when the service has it: group membership is not validated).</li>
 * </ul>
 * It also makes Logback's message converter mask personal data ({@link MaskingMessageConverter}). Runs before
 * logging is initialised, which is why this is an environment post-processor and not an auto-configuration.
 */
public class ObservabilityEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY_SOURCE_NAME = "onewindowWebDefaults";

    private static final String LOGBACK_PATTERN_LAYOUT = "ch.qos.logback.classic.PatternLayout";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (ClassUtils.isPresent(LOGBACK_PATTERN_LAYOUT, getClass().getClassLoader())) {
            LogbackMasking.install();
        }
        if (!environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
            environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, defaults()));
        }
    }

    static Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("logging.structured.format.console", "ecs");
        defaults.put("logging.structured.json.customizer", MaskingJsonMembersCustomizer.class.getName());
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics,deadletters");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.endpoint.health.group.readiness.include", "readinessState,db,kafka");
        defaults.put("management.endpoint.health.group.liveness.include", "livenessState");
        defaults.put("management.endpoint.health.validate-group-membership", "false");
        return defaults;
    }

    /** After the config files are loaded (so they win), before logging starts (so the converter applies). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

package org.onewindow.platform.web.observability;

import java.time.Duration;
import java.util.Map;

import io.micrometer.tracing.exporter.SpanReporter;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporterBuilder;
import io.opentelemetry.sdk.resources.Resource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Exports every finished span over OTLP/HTTP (protobuf) when, and only when,
 * {@code management.opentelemetry.tracing.export.otlp.endpoint} is set (the Spring Boot 4 key; e.g.
 * {@code http://otel-collector:4318/v1/traces}) and {@code management.tracing.export.enabled} is not false. Without
 * the endpoint nothing is created: no exporter, no thread, no connection attempt (the local default).
 *
 * <p>The suite traces with Brave; Boot 4's own OTLP trace exporter only works with the OpenTelemetry tracer, so the
 * spans are taken from Micrometer Tracing's {@link SpanReporter} hook (which Brave's handler calls for every
 * finished, sampled span) and sent with the OpenTelemetry SDK's OTLP exporter. Further keys, same prefix:
 * {@code headers.<name>} (e.g. an API key of a hosted collector), {@code timeout} (default 10 s). The resource is
 * {@code service.name} = {@code spring.application.name} plus {@code OTEL_RESOURCE_ATTRIBUTES}
 * ({@code k=v,k=v}). Sampling stays {@code management.tracing.sampling.probability}.
 */
@AutoConfiguration
@ConditionalOnClass({SpanReporter.class, OtlpHttpSpanExporter.class})
@ConditionalOnProperty(OtlpTracingAutoConfiguration.ENDPOINT)
@ConditionalOnBooleanProperty(name = "management.tracing.export.enabled", matchIfMissing = true)
public class OtlpTracingAutoConfiguration {

    public static final String PREFIX = "management.opentelemetry.tracing.export.otlp";
    public static final String ENDPOINT = PREFIX + ".endpoint";
    private static final Duration FLUSH_INTERVAL = Duration.ofSeconds(1);

    @Bean
    OtlpSpanReporter otlpSpanReporter(Environment environment) {
        Binder binder = Binder.get(environment);
        OtlpHttpSpanExporterBuilder exporter = OtlpHttpSpanExporter.builder()
                .setEndpoint(environment.getRequiredProperty(ENDPOINT))
                .setMeterProvider(MeterProvider::noop);
        Duration timeout = binder.bind(PREFIX + ".timeout", Duration.class).orElse(Duration.ofSeconds(10));
        exporter.setTimeout(timeout);
        binder.bind(PREFIX + ".headers", Bindable.mapOf(String.class, String.class)).orElse(Map.of())
                .forEach(exporter::addHeader);
        return new OtlpSpanReporter(exporter.build(), resource(environment), FLUSH_INTERVAL, timeout);
    }

    static Resource resource(Environment environment) {
        AttributesBuilder attributes = Attributes.builder()
                .put("service.name", environment.getProperty("spring.application.name", "application"));
        String extra = environment.getProperty("OTEL_RESOURCE_ATTRIBUTES", "");
        for (String pair : extra.split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                attributes.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
        return Resource.create(attributes.build());
    }
}

package org.onewindow.platform.web.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.OtlpReceiver;
import org.onewindow.platform.test.OtlpReceiver.ReceivedSpan;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The OTLP span export: off unless an endpoint is configured (no reporter, hence no thread and no connection), and
 * when on, a finished span of the suite's tracer (Brave) reaches an OTLP/HTTP receiver as protobuf, with its ids,
 * kind, the service name as resource and personal data masked in its tags.
 */
class OtlpTracingAutoConfigurationTest {

    private static final OtlpReceiver RECEIVER = OtlpReceiver.start(0);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BraveAutoConfiguration.class, MicrometerTracingAutoConfiguration.class,
                    OtlpTracingAutoConfiguration.class))
            .withPropertyValues("spring.application.name=otlp-test", "management.tracing.sampling.probability=1.0");

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    @Test
    void without_an_endpoint_nothing_is_exported_or_started() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Tracer.class).doesNotHaveBean(OtlpSpanReporter.class);
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("otlp-span-export") && t.isAlive());
        });
    }

    @Test
    void export_disabled_wins_over_an_endpoint() {
        runner.withPropertyValues(OtlpTracingAutoConfiguration.ENDPOINT + "=" + RECEIVER.endpoint(),
                        "management.tracing.export.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(OtlpSpanReporter.class));
    }

    @Test
    void a_finished_span_arrives_at_the_collector_with_ids_kind_service_and_masked_tags() {
        runner.withPropertyValues(OtlpTracingAutoConfiguration.ENDPOINT + "=" + RECEIVER.endpoint())
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(OtlpSpanReporter.class);
                    Tracer tracer = context.getBean(Tracer.class);
                    Span parent = tracer.nextSpan().name("parent").start();
                    Span child = tracer.spanBuilder().setParent(parent.context())
                            .name("consume review-service").kind(Span.Kind.CONSUMER)
                            .tag("applicant", "resident 110101199003074514 called 13812345678").start();
                    child.end();
                    parent.end();
                    String traceId = parent.context().traceId();

                    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                            assertThat(RECEIVER.trace(traceId)).as(RECEIVER.stats()).hasSize(2));
                    List<ReceivedSpan> spans = RECEIVER.trace(traceId);
                    ReceivedSpan consumer = spans.stream().filter(s -> s.name().equals("consume review-service")).findFirst().orElseThrow();
                    assertThat(traceId).hasSize(32);
                    assertThat(consumer.kind()).isEqualTo("SPAN_KIND_CONSUMER");
                    assertThat(consumer.spanId()).isEqualTo(child.context().spanId());
                    assertThat(consumer.parentSpanId()).isEqualTo(parent.context().spanId());
                    assertThat(consumer.serviceName()).isEqualTo("otlp-test");
                    assertThat(consumer.attributes().get("applicant"))
                            .doesNotContain("110101199003074514").doesNotContain("13812345678");
                    ReceivedSpan root = spans.stream().filter(s -> s.name().equals("parent")).findFirst().orElseThrow();
                    assertThat(root.parentSpanId()).isEmpty();
                    OtlpSpanReporter reporter = context.getBean(OtlpSpanReporter.class);
                    await().atMost(Duration.ofSeconds(20)).until(() -> reporter.exported() == 2);
                    assertThat(reporter.failed()).isZero();
                    assertThat(reporter.dropped()).isZero();
                });
    }
}

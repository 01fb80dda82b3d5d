package org.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.OtlpReceiver;
import org.onewindow.platform.test.OtlpReceiver.ReceivedSpan;
import org.onewindow.systemtests.support.Gateway;
import org.onewindow.systemtests.support.Reply;
import org.onewindow.systemtests.support.StackTest;
import org.onewindow.systemtests.support.Submissions;

/**
 * Tracing exported over OTLP (docs/operations.md): every JVM of the stack sends its spans to the suite's own OTLP/HTTP
 * receiver ({@code SuiteStack}). One submission through the gateway, with a client's W3C {@code traceparent}, arrives
 * there as one trace: the gateway's server span, intake's server span under it, and review's Kafka consumer span
 * handling the event intake published, all under the client's trace id.
 */
@Order(9)
class OtlpTracingIT extends StackTest {

    private static final Duration EXPORT = Duration.ofSeconds(90);

    @Test
    void one_lifecycle_reaches_the_collector_as_one_trace_from_the_gateway_through_intake_into_reviews_consumer(OtlpReceiver traces) {
        String traceId = hex(16);
        String clientSpanId = hex(8);
        Reply submitted = gateway.send(Gateway.CLERK, "POST", "/api/intake/v1/applications",
                Submissions.of(Submissions.ELDERLY_ALLOWANCE).body(),
                Map.of("traceparent", "00-" + traceId + "-" + clientSpanId + "-01"));
        assertThat(submitted.status()).as("intake: %s", submitted).isEqualTo(201);
        String caseNumber = submitted.string("application.caseNumber");
        lifecycle.awaitReviewCase(caseNumber);

        Predicate<ReceivedSpan> gatewayServer = s -> s.serviceName().equals("gateway") && s.kind().equals("SPAN_KIND_SERVER");
        Predicate<ReceivedSpan> intakeServer = s -> s.serviceName().equals("intake-service") && s.kind().equals("SPAN_KIND_SERVER");
        Predicate<ReceivedSpan> reviewConsumer = s -> s.serviceName().equals("review-service")
                && s.kind().equals("SPAN_KIND_CONSUMER") && "kafka".equals(s.attributes().get("messaging.system"))
                && "intake.applications".equals(s.attributes().get("messaging.destination.name"));
        await("spans of trace " + traceId).atMost(EXPORT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<ReceivedSpan> trace = traces.trace(traceId);
            assertThat(trace).as("trace %s (%s):%n%s", traceId, traces.stats(), OtlpReceiver.describe(trace))
                    .anyMatch(gatewayServer).anyMatch(intakeServer).anyMatch(reviewConsumer);
        });

        List<ReceivedSpan> trace = traces.trace(traceId);
        String described = OtlpReceiver.describe(trace);
        System.out.printf("[system-tests] trace %s of case %s, %d spans:%n%s%n", traceId, caseNumber, trace.size(), described);
        ReceivedSpan edge = trace.stream().filter(gatewayServer).findFirst().orElseThrow();
        assertThat(edge.parentSpanId()).as("the gateway continues the client's span: %s", described).isEqualTo(clientSpanId);
        Set<String> gatewaySpans = trace.stream().filter(s -> s.serviceName().equals("gateway"))
                .map(ReceivedSpan::spanId).collect(Collectors.toSet());
        ReceivedSpan intake = trace.stream().filter(intakeServer).findFirst().orElseThrow();
        assertThat(gatewaySpans).as("intake's request span is a child of a gateway span, not of the client's: %s", described)
                .contains(intake.parentSpanId());
        ReceivedSpan consumer = trace.stream().filter(reviewConsumer).findFirst().orElseThrow();
        Optional<ReceivedSpan> consumerParent = trace.stream().filter(s -> s.spanId().equals(consumer.parentSpanId())).findFirst();
        assertThat(consumerParent).as("review's consumer span continues a span of intake: %s", described)
                .hasValueSatisfying(p -> assertThat(p.serviceName()).isEqualTo("intake-service"));
        assertThat(trace).as("every span of the trace names its service: %s", described)
                .allSatisfy(s -> assertThat(s.serviceName()).matches("gateway|[a-z]+-service"));
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1; // never all zeros: an invalid W3C id
        return HexFormat.of().formatHex(random);
    }
}

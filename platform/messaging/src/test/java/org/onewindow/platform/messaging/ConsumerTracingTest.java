package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.platform.test.KafkaTestSupport;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A consumed record is handled, and dead-lettered, in the trace of its {@code traceparent} header. */
@ExtendWith(OutputCaptureExtension.class)
class ConsumerTracingTest extends MessagingIntegrationTest {

    private static final String NOTED = "org.onewindow.test.CaseNoted.v1";

    @Test
    void handler_runs_in_the_trace_of_the_records_traceparent() {
        String caseNumber = newCase("TRACED");
        String traceId = hex(16);

        KafkaTestSupport.send(notesTopic(), caseNumber, headers(caseNumber, "00-" + traceId + "-" + hex(8) + "-01"),
                noted(caseNumber, "ok"));

        await().atMost(WAIT).until(() -> effects.traceIds.containsKey(caseNumber));
        assertThat(effects.traceIds.get(caseNumber)).isEqualTo(traceId);
    }

    @Test
    void record_without_traceparent_starts_its_own_trace() {
        String caseNumber = newCase("UNTRACED");

        KafkaTestSupport.send(notesTopic(), caseNumber, headers(caseNumber, null), noted(caseNumber, "ok"));

        await().atMost(WAIT).until(() -> effects.traceIds.containsKey(caseNumber));
        assertThat(effects.traceIds.get(caseNumber)).matches("[0-9a-f]{32}");
    }

    @Test
    void dead_letter_warning_carries_the_trace_id(CapturedOutput output) {
        String caseNumber = newCase("TRACEDLT");
        String traceId = hex(16);
        Map<String, String> headers = headers(caseNumber, "00-" + traceId + "-" + hex(8) + "-01");

        KafkaTestSupport.send(notesTopic(), caseNumber, headers, noted(caseNumber, "fail"));

        String eventId = headers.get("ce_id");
        await().atMost(WAIT).until(() -> output.getOut().lines()
                .anyMatch(line -> line.contains("dead-lettered") && line.contains(eventId)));
        assertThat(output.getOut().lines().filter(line -> line.contains("dead-lettered") && line.contains(eventId)))
                .singleElement().asString().contains(traceId);
    }

    @Test
    void kafka_health_is_down_when_the_broker_is_unreachable() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, Object> config = Map.of("bootstrap.servers", "127.0.0.1:" + closedPort);
        MessagingKafka unreachable = new MessagingKafka(config, config, config);
        try {
            assertThat(new KafkaHealthIndicator(unreachable).health().getStatus().getCode()).isEqualTo("DOWN");
        } finally {
            unreachable.destroy();
        }
    }

    private static Map<String, String> headers(String caseNumber, String traceparent) {
        Map<String, String> headers = KafkaTestSupport.cloudEventHeaders(UUID.randomUUID().toString(), NOTED,
                "/onewindow/test", caseNumber);
        if (traceparent != null) {
            headers.put("traceparent", traceparent);
        }
        return headers;
    }

    private static String noted(String caseNumber, String behaviour) {
        return "{\"caseNumber\":\"" + caseNumber + "\",\"sequence\":1,\"behaviour\":\"" + behaviour + "\"}";
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1; // an all-zero id is invalid in W3C trace context
        return HexFormat.of().formatHex(random);
    }
}

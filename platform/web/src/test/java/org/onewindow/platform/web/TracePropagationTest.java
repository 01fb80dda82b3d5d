package org.onewindow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onewindow.platform.test.KafkaTestSupport.awaitRecords;
import static org.onewindow.platform.test.KafkaTestSupport.header;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.contracts.Stream;
import org.onewindow.platform.messaging.TopicNames;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.web.testapp.WebTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One trace from the HTTP request (W3C {@code traceparent} from the gateway) through the controller's log line,
 * the outbox event, the consumer's log line, to the event the consumer publishes; and into the 500 problem.
 * JSON log lines carry the MDC keys {@code traceId} and {@code spanId} as top-level members.
 */
@OneWindowTest(classes = WebTestApplication.class)
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class TracePropagationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TopicNames topics;

    @Autowired
    SecurityObservationSettings securityObservations;

    @Test
    void spring_security_is_told_not_to_wrap_its_filters_and_managers_for_observations_nobody_records() {
        // turned off by the property alone, each filter still ran inside a decorator making no-op observations per
        // request; these settings keep Spring Security from decorating at all (the request's own span stays: the test below)
        assertThat(securityObservations.shouldObserveRequests()).isFalse();
        assertThat(securityObservations.shouldObserveAuthentications()).isFalse();
        assertThat(securityObservations.shouldObserveAuthorizations()).isFalse();
    }

    @Test
    void request_trace_reaches_controller_log_event_consumer_log_and_the_consumers_event(CapturedOutput output) throws Exception {
        String traceId = hex(16);
        String parentSpanId = hex(8);
        String caseNumber = "T-" + UUID.randomUUID().toString().substring(0, 8);

        mvc.perform(post("/traced/" + caseNumber).header("Authorization", Requests.CLERK)
                        .header("traceparent", "00-" + traceId + "-" + parentSpanId + "-01"))
                .andExpect(status().isAccepted());

        JsonNode controllerLine = logLine(output, "probing trace of " + caseNumber);
        assertThat(controllerLine.path("traceId").asString()).isEqualTo(traceId);
        String serverSpanId = controllerLine.path("spanId").asString();
        assertThat(serverSpanId).matches("[0-9a-f]{16}").isNotEqualTo(parentSpanId);

        ConsumerRecord<String, String> probe =
                awaitRecords(topics.topic(Stream.REVIEW_CASES), caseNumber, 1, WAIT).getFirst();
        assertThat(header(probe, "traceparent")).isEqualTo("00-" + traceId + "-" + serverSpanId + "-01");

        JsonNode consumerLine = logLine(output, "handling trace probe " + caseNumber);
        assertThat(consumerLine.path("traceId").asString()).isEqualTo(traceId);
        String consumerSpanId = consumerLine.path("spanId").asString();
        assertThat(consumerSpanId).matches("[0-9a-f]{16}").isNotEqualTo(serverSpanId);
        assertThat(consumerLine.path("process").path("thread").path("name").asString())
                .isNotEqualTo(controllerLine.path("process").path("thread").path("name").asString());

        ConsumerRecord<String, String> echo =
                awaitRecords(topics.topic(Stream.SUPERVISION_RECORDS), caseNumber, 1, WAIT).getFirst();
        assertThat(header(echo, "traceparent")).isEqualTo("00-" + traceId + "-" + consumerSpanId + "-01");
    }

    @Test
    void server_error_problem_names_the_trace_of_the_request(CapturedOutput output) throws Exception {
        String traceId = hex(16);

        mvc.perform(get("/errors/boom").header("Authorization", Requests.CLERK)
                        .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.traceId").value(traceId));

        JsonNode errorLine = logLine(output, "unexpected error on GET /errors/boom [traceId=" + traceId + "]");
        assertThat(errorLine.path("traceId").asString()).isEqualTo(traceId);
    }

    @Test
    void request_without_traceparent_starts_a_trace_that_the_problem_and_the_log_share(CapturedOutput output) throws Exception {
        String body = mvc.perform(get("/errors/boom").header("Authorization", Requests.CLERK))
                .andExpect(status().isInternalServerError())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String traceId = JSON.readTree(body).path("traceId").asString();

        assertThat(traceId).matches("[0-9a-f]{32}");
        JsonNode errorLine = logLine(output, "unexpected error on GET /errors/boom [traceId=" + traceId + "]");
        assertThat(errorLine.path("traceId").asString()).isEqualTo(traceId);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1; // never all zeros: an invalid W3C id
        return HexFormat.of().formatHex(random);
    }

    private static JsonNode logLine(CapturedOutput output, String message) {
        await().atMost(WAIT).until(() -> output.getOut().contains(message));
        String line = output.getOut().lines().filter(l -> l.contains(message)).findFirst().orElseThrow();
        return JSON.readTree(line);
    }
}

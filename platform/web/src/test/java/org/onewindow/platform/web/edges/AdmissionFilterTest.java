package org.onewindow.platform.web.edges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.web.problems.ProblemResponseWriter;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.FilterChain;
import tools.jackson.databind.json.JsonMapper;

/** At most max-in-flight requests are in hand; the next is a retryable 503 that runs nothing; probes always pass. */
class AdmissionFilterTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch held = new CountDownLatch(2);
    private final AtomicInteger handled = new AtomicInteger();
    private final AdmissionFilter filter = new AdmissionFilter(() -> ReadinessState.ACCEPTING_TRAFFIC, 2,
            new ProblemResponseWriter(JsonMapper.builder().build()));

    /** Holds each request until {@link #release} opens. */
    private final FilterChain slowHandler = (request, response) -> {
        handled.incrementAndGet();
        held.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };

    @Test
    void a_request_over_the_limit_is_refused_with_a_retryable_503_and_is_taken_again_once_one_ends() throws Exception {
        ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
        try {
            List<Future<MockHttpServletResponse>> inHand = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                inHand.add(clients.submit(() -> send("/api/things", slowHandler)));
            }
            assertThat(held.await(10, TimeUnit.SECONDS)).as("two requests in hand").isTrue();

            MockHttpServletResponse refused = send("/api/things", slowHandler);
            assertThat(refused.getStatus()).isEqualTo(503);
            assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
            assertThat(refused.getContentType()).startsWith("application/problem+json");
            assertThat(refused.getContentAsString()).contains("2 requests in hand");
            assertThat(handled).as("the refused request ran nothing").hasValue(2);
            // the probes are how a balancer reads the instance: never refused
            assertThat(send("/actuator/health/liveness", (request, response) -> handled.incrementAndGet()).getStatus())
                    .isEqualTo(200);

            release.countDown();
            for (Future<MockHttpServletResponse> request : inHand) {
                assertThat(request.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
            }
            assertThat(send("/api/things", (request, response) -> handled.incrementAndGet()).getStatus())
                    .as("the permits came back").isEqualTo(200);
            assertThat(handled).hasValue(4);
        } finally {
            release.countDown();
            clients.shutdownNow();
        }
    }

    @Test
    void the_limit_must_be_at_least_one() {
        assertThat(new RequestsProperties(null).maxInFlight()).isEqualTo(400);
        assertThatThrownBy(() -> new RequestsProperties(0))
                .hasMessageContaining("max-in-flight must be at least 1");
    }

    private MockHttpServletResponse send(String path, FilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }
}

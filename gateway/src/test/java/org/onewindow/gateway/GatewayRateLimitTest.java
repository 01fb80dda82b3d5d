package org.onewindow.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.gateway.GatewayTestSupport.get;
import static org.onewindow.gateway.GatewayTestSupport.token;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tiny bucket that barely refills, so the limit is reached deterministically. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "onewindow.gateway.rate-limit.capacity=3",
        "onewindow.gateway.rate-limit.refill-per-second=0.01"})
class GatewayRateLimitTest extends GatewayIntegrationTest {

    @Test
    void client_over_its_bucket_gets_a_429_problem_with_retry_after_and_others_are_unaffected() {
        String greedy = token("reviewer.health", "REVIEWER");
        for (int i = 0; i < 3; i++) {
            assertThat(get(port, "/api/review/v1/tasks?n=" + i, greedy).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = get(port, "/api/review/v1/tasks?n=over", greedy);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        // One token per 100 s at 0.01/s.
        assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(90L, 100L));
        JsonNode problem = JsonMapper.builder().build().readTree(refused.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://onewindow.org/problems/rate-limited");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(Backend.seen("/api/review/v1/tasks?n=over")).isEmpty();

        // The bucket belongs to the token's subject, not to the connection: another user still passes.
        assertThat(get(port, "/api/review/v1/tasks?n=other", token("checker.health", "CHECKER")).statusCode())
                .isEqualTo(200);
    }
}

package org.onewindow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onewindow.platform.test.RawHttp;
import org.onewindow.platform.web.headers.SecurityHeadersFilter;
import org.onewindow.platform.web.idempotency.IdempotencyKeyRule;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.JsonNode;

/**
 * The gateway's own edges: a malformed Idempotency-Key is refused with the services' problem before anything is
 * proxied, and every answer, proxied or its own (Swagger UI), carries the security headers exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayEdgeHeadersTest extends GatewayIntegrationTest {

    private static final String API = "/api/intake/v1/applications";
    private static final String TOKEN = GatewayTestSupport.token("clerk", "WINDOW_CLERK");

    /** Header values as raw bytes (ISO-8859-1 text), as a client would put them on the wire. */
    static Stream<Map.Entry<String, String>> malformedKeys() {
        return Stream.of(
                Map.entry("non-ASCII (UTF-8 bytes of café)",
                        new String("café-1".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)),
                Map.entry("too long", "k".repeat(IdempotencyKeyRule.MAX_LENGTH + 1)),
                Map.entry("a tab inside", "a\tb"),
                Map.entry("a space inside", "a b"),
                Map.entry("empty", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedKeys")
    void a_malformed_key_gets_the_services_problem_and_is_never_proxied(Map.Entry<String, String> key) {
        String probe = "/api/intake/v1/applications?probe=key-" + Math.abs(key.getKey().hashCode());
        RawHttp.Answer answer = RawHttp.exchange("127.0.0.1", port, RawHttp.withBody("POST " + probe + " HTTP/1.1",
                "application/json", "{}", "Host: localhost", "Authorization: Bearer " + TOKEN,
                "Idempotency-Key: " + key.getValue()));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        JsonNode problem = answer.assertProblem(IdempotencyKeyRule.RULE);
        ProblemDetail expected = IdempotencyKeyRule.problem();
        assertThat(problem.path("type").asString()).isEqualTo(expected.getType().toString());
        assertThat(problem.path("title").asString()).isEqualTo(expected.getTitle());
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo(IdempotencyKeyRule.HEADER);
        assertThat(Backend.seen(probe)).as("no case created: nothing reached the service").isEmpty();
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void a_well_formed_key_is_proxied() {
        String probe = API + "?probe=good-key";
        RawHttp.Answer answer = RawHttp.exchange("127.0.0.1", port, RawHttp.withBody("POST " + probe + " HTTP/1.1",
                "application/json", "{}", "Host: localhost", "Authorization: Bearer " + TOKEN,
                "Idempotency-Key: 2b1f0c1e-7a0e-4f7e-9a43-0d5a2c4b7e11"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(Backend.seen(probe)).hasSize(1);
    }

    @Test
    void a_proxied_answer_keeps_the_services_headers_and_gains_the_missing_ones_once() {
        RawHttp.Answer answer = RawHttp.exchange("127.0.0.1", port, RawHttp.head("GET " + API + "?probe=headers HTTP/1.1",
                "Host: localhost", "Authorization: Bearer " + TOKEN));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.headers().get("content-security-policy")).containsExactly(Backend.SERVICE_POLICY);
        assertThat(answer.headers().get("x-content-type-options")).containsExactly("nosniff");
        assertThat(answer.headers().get("referrer-policy")).containsExactly("no-referrer");
        assertThat(answer.headers().get("cache-control")).as("credentialed: may carry personal data")
                .singleElement().asString().contains("no-store");
    }

    @Test
    void the_gateways_own_pages_carry_the_policy() {
        for (String page : List.of("/swagger-ui/index.html", "/v3/api-docs")) {
            RawHttp.Answer answer = RawHttp.exchange("127.0.0.1", port,
                    RawHttp.head("GET " + page + " HTTP/1.1", "Host: localhost"));

            assertThat(answer.status()).as(page + " " + answer).isEqualTo(200);
            assertThat(answer.headers().get("content-security-policy")).as(page)
                    .containsExactly(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
            assertThat(answer.headers().get("x-content-type-options")).as(page).containsExactly("nosniff");
            assertThat(answer.headers().get("referrer-policy")).as(page).containsExactly("no-referrer");
        }
    }
}

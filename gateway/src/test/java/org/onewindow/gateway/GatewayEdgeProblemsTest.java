package org.onewindow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onewindow.platform.test.RawHttp;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The gateway answers every class of malformed request itself, as a problem document with a 4xx, before
 * anything is proxied: never Tomcat's HTML page, never Spring Boot's default error JSON, never a 5xx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "onewindow.web.request-body.max-size=64KB")
class GatewayEdgeProblemsTest extends GatewayIntegrationTest {

    private static final String API = "/api/intake/v1/applications";

    record Case(String name, byte[] request, Set<Integer> statuses, String rule, boolean reachesBackend) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String[] with(String... headers) {
        List<String> all = new ArrayList<>(List.of("Host: localhost",
                "Authorization: Bearer " + GatewayTestSupport.token("clerk", "WINDOW_CLERK")));
        all.addAll(List.of(headers));
        return all.toArray(String[]::new);
    }

    static Case get(String name, String target, int status, String rule, String... headers) {
        return new Case(name, RawHttp.head("GET " + target + " HTTP/1.1", with(headers)), Set.of(status), rule,
                false);
    }

    static Case post(String name, String contentType, String body, int status, String rule) {
        return new Case(name, RawHttp.withBody("POST " + API + "?probe=" + name.replace(' ', '-') + " HTTP/1.1",
                contentType, body, with()), Set.of(status), rule, false);
    }

    static Stream<Case> malformedRequests() {
        StringBuilder chunked = new StringBuilder();
        String chunk = "x".repeat(4000);
        for (int i = 0; i < 40; i++) {
            chunked.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        chunked.append("0\r\n\r\n");
        return Stream.of(
                get("bad escape in a query", API + "?q=%zz", 400, "uri.malformed-escape"),
                get("bad escape on the public tracking URL", "/api/intake/v1/tracking/X?q=%zz", 400,
                        "uri.malformed-escape"),
                get("NUL in a query value", API + "?q=a%00", 422, "text.control-character"),
                get("C1 in a query value", API + "?q=%C2%9B", 422, "text.control-character"),
                get("not UTF-8 in a query value", API + "?q=%C3%28", 422, "text.invalid-utf8"),
                get("control character in the path", API + "/%07", 422, "text.control-character"),
                get("control character in a header", API, 422, "text.control-character", "X-Note: a\u0085"),
                get("raw UTF-8 in the path", API + "/\u00e4\u00b8\u00ad", 400, null),
                get("NUL in the path", API + "/%00", 400, null),
                get("..; in the path", "/api/intake/..;/v1/applications", 400, null),
                get("double slash", "/api/intake//v1/applications", 400, null),
                get("encoded dots", "/api/intake/%2e%2e/catalog/v1/items", 400, null),
                get("encoded slash", "/api/intake/v1%2Fapplications", 400, null),
                get("an 9 KB header", API, 400, null, "X-Big: " + "x".repeat(9 * 1024)),
                get("a 12 KB URI", API + "?q=" + "y".repeat(12 * 1024), 400, null),
                new Case("TRACE", RawHttp.head("TRACE " + API + " HTTP/1.1", with()), Set.of(405), null, false),
                new Case("malformed request line", RawHttp.head("GET /a b HTTP/1.1", with()), Set.of(400), null,
                        false),
                post("wildcard content type", "*/*", "{}", 415, "content-type.wildcard"),
                post("unparseable content type", "json", "{}", 415, "content-type.invalid"),
                new Case("Content-Length over the limit", RawHttp.head("POST " + API + " HTTP/1.1",
                        with("Content-Type: application/json", "Content-Length: 5000000")), Set.of(413),
                        "body.max-size", false),
                new Case("chunked body over the limit", RawHttp.concat(RawHttp.head("POST " + API
                        + "?probe=chunked HTTP/1.1", with("Content-Type: application/json",
                        "Transfer-Encoding: chunked")), chunked.toString().getBytes(StandardCharsets.US_ASCII)),
                        Set.of(413), "body.max-size", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRequests")
    void every_malformed_request_is_a_problem_with_a_4xx_from_the_gateway(Case c) {
        RawHttp.Answer answer = RawHttp.exchange("127.0.0.1", port, c.request());

        assertThat(answer.status()).as("%s: %s", c.name(), answer).isIn(c.statuses());
        answer.assertProblem(c.rule());
    }
}

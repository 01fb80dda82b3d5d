package org.onewindow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.RawHttp;
import org.onewindow.platform.web.testapp.WebTestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every class of malformed request, sent over a raw socket to a real Tomcat: the answer is a problem document
 * with the expected 4xx, never HTML, never Spring Boot's default error JSON, never a 5xx. Covers what Tomcat
 * refuses before Spring runs (its error report valve), Spring Security's firewall, the error page, the body
 * limit and the path/query/header text check.
 */
@OneWindowTest(classes = WebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"onewindow.web.request-body.max-size=64KB", "onewindow.security.public-paths=/public"})
class EdgeProblemsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AUTH = "Authorization: " + Requests.CLERK;
    private static final String THING = "/things/7f0e3c1a-4a43-4f1e-9d53-2b7a4f0f7a11";

    @LocalServerPort
    int port;

    /** One malformed request and what must come back: the status (one of), and a rule/field when it names one. */
    record Case(String name, byte[] request, Set<Integer> statuses, String rule, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case get(String name, String target, int status, String rule, String field, String... headers) {
        return new Case(name, RawHttp.head("GET " + target + " HTTP/1.1", with(headers)), Set.of(status), rule,
                field);
    }

    static Case post(String name, String target, String contentType, String body, int status, String rule) {
        return send("POST", name, target, contentType, body, status, rule);
    }

    static Case send(String method, String name, String target, String contentType, String body, int status,
            String rule) {
        return new Case(name, RawHttp.withBody(method + " " + target + " HTTP/1.1", contentType, body, with()),
                Set.of(status), rule, null);
    }

    private static String[] with(String... headers) {
        List<String> all = new ArrayList<>(List.of("Host: localhost", AUTH));
        all.addAll(List.of(headers));
        return all.toArray(String[]::new);
    }

    static Stream<Case> malformedRequests() {
        String big = "x".repeat(9 * 1024);
        byte[] chunkedHead = RawHttp.head("POST /things HTTP/1.1", with("Content-Type: application/json",
                "Transfer-Encoding: chunked"));
        StringBuilder chunked = new StringBuilder();
        String chunk = "x".repeat(4000);
        for (int i = 0; i < 40; i++) {
            String data = i == 0 ? "{\"name\":\"" + chunk : chunk;
            chunked.append(Integer.toHexString(data.length())).append("\r\n").append(data).append("\r\n");
        }
        chunked.append("0\r\n\r\n");
        return Stream.of(
                // percent-escapes and decoded text of query parameters
                get("bad escape in a query value", "/search?limit=%zz", 400, "uri.malformed-escape", "limit"),
                get("lone percent at the end", "/search?limit=1&q=%", 400, "uri.malformed-escape", "q"),
                get("bad escape, anonymous", "/public?q=%zz", 400, "uri.malformed-escape", "q"),
                get("bad escape in a name", "/search?%zz=1", 400, "uri.malformed-escape", "query"),
                get("NUL in a query value", "/search?limit=1&q=a%00b", 422, "text.control-character", "q"),
                get("C0 in a query value", "/search?limit=1&q=%1B%5B31m", 422, "text.control-character", "q"),
                get("DEL in a query value", "/search?limit=1&q=%7F", 422, "text.control-character", "q"),
                get("C1 in a query value", "/search?limit=1&q=%C2%85", 422, "text.control-character", "q"),
                get("encoded surrogate", "/search?limit=1&q=%ED%A0%80", 422, "text.invalid-utf8", "q"),
                get("not UTF-8", "/search?limit=1&q=%FF%FE", 422, "text.invalid-utf8", "q"),
                get("wrong type", "/search?limit=abc", 400, "type-mismatch", "limit"),
                // the path
                get("control character in a path variable", "/things/%01", 422, "text.control-character", "path"),
                get("bad escape in the path", "/things/%zz", 400, null, null),
                get("NUL in the path", "/things/%00", 400, null, null),
                get("raw UTF-8 in the path", "/things/\u00e4\u00b8\u00ad", 400, null, null),
                get("raw control byte in the query", "/search?limit=1&q=\u0001", 400, null, null),
                get("..; in the path", "/things/..;/admin", 400, null, null),
                get("double slash", "//things", 400, null, null),
                get("encoded dots", "/things/%2e%2e/admin", 400, null, null),
                get("encoded slash", "/things%2Fx", 400, null, null),
                get("backslash", "/things/%5C..", 400, null, null),
                // methods
                new Case("TRACE", RawHttp.head("TRACE /things HTTP/1.1", with()), Set.of(405), null, null),
                new Case("unsupported method", RawHttp.head("DELETE /things HTTP/1.1", with()), Set.of(405), null,
                        null),
                new Case("unknown method", RawHttp.head("BREW /things HTTP/1.1", with()), Set.of(400, 405),
                        null, null),
                new Case("malformed request line", RawHttp.head("GET /a b c HTTP/1.1", with()), Set.of(400), null,
                        null),
                // sizes
                get("an 9 KB header", "/things", 400, null, null, "X-Big: " + big),
                get("a 12 KB URI", "/search?limit=1&q=" + "y".repeat(12 * 1024), 400, null, null),
                new Case("Content-Length over the limit", RawHttp.head("POST /things HTTP/1.1",
                        with("Content-Type: application/json", "Content-Length: 5000000")), Set.of(413),
                        "body.max-size", null),
                new Case("chunked body over the limit", RawHttp.concat(chunkedHead,
                        chunked.toString().getBytes(StandardCharsets.US_ASCII)), Set.of(413), "body.max-size", null),
                // headers
                get("C1 in a header value", "/things", 422, "text.control-character", "X-Centre",
                        "X-Centre: a\u0085b"),
                get("raw UTF-8 in a header is text", "/centre", 200, null, null,
                        "X-Centre: \u00e4\u00b8\u00ad"),
                // content types and bodies
                post("wildcard content type", "/things", "*/*", "{}", 415, "content-type.wildcard"),
                post("wildcard subtype", "/things", "application/*", "{}", 415, "content-type.wildcard"),
                post("no content type", "/things", null, "{}", 415, "unsupported-media-type"),
                post("unparseable content type", "/things", "json", "{}", 415, "content-type.invalid"),
                post("multipart without boundary", "/things", "multipart/form-data", "x", 400, null),
                post("multipart without boundary to a multipart endpoint", "/upload", "multipart/form-data", "x",
                        400, "multipart.malformed"),
                post("JSON null body", "/things", "application/json", "null", 400, null),
                post("empty JSON body", "/things", "application/json", "", 400, null),
                post("invalid JSON", "/things", "application/json", "{\"name\":", 400, "json-syntax"),
                send("PUT", "bad escape in a form body", THING, "application/x-www-form-urlencoded", "a=%zz", 400, null),
                post("charset that does not exist", "/things", "application/json;charset=nope", "{}", 415, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRequests")
    void every_malformed_request_is_a_problem_with_a_4xx(Case c) {
        RawHttp.Answer answer = RawHttp.exchange("127.0.0.1", port, c.request());

        assertThat(answer.status()).as("%s: %s", c.name(), answer).isIn(c.statuses());
        if (answer.status() == 200) {
            return;
        }
        JsonNode problem = answer.assertProblem(c.rule());
        assertThat(problem.path("detail").asString()).as(answer.toString()).isNotBlank();
        if (c.field() != null) {
            assertThat(problem.path("errors").path(0).path("field").asString()).as(answer.toString())
                    .isEqualTo(c.field());
        }
    }

    @Test
    void a_fault_in_a_filter_is_a_500_problem_with_a_trace_id_and_nothing_else() {
        RawHttp.Answer answer = RawHttp.exchange("127.0.0.1", port,
                RawHttp.head("GET /things HTTP/1.1", with("X-Explode: yes", "Accept: text/html")));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(500);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://onewindow.org/problems/internal-error");
        assertThat(problem.path("traceId").asString()).isNotBlank();
        assertThat(problem.path("instance").asString()).isEqualTo("/things");
        assertThat(answer.body()).doesNotContain("hunter2").doesNotContain("IllegalStateException")
                .doesNotContain("at org.");
    }

    @Test
    void a_database_a_filter_cannot_reach_is_a_503_with_retry_after() {
        RawHttp.Answer answer = RawHttp.exchange("127.0.0.1", port,
                RawHttp.head("GET /things HTTP/1.1", with("X-Explode: database")));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isEqualTo("1");
        assertThat(JSON.readTree(answer.body()).path("type").asString())
                .isEqualTo("https://onewindow.org/problems/service-unavailable");
        assertThat(answer.body()).doesNotContain("127.0.0.1:1").doesNotContain("at org.");
    }
}

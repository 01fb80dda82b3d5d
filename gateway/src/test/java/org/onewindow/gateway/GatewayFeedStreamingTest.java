package org.onewindow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The webmvc gateway's known pitfall with server-sent events (spring-cloud-gateway#3410: delivered in one lump at
 * the end): the stand-in feed sends one event and holds the response open until the test has read that event
 * through the gateway; only then does it send the second and end. The feed passes without a token (its PUBLIC row:
 * the ticket is checked by monitor).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayFeedStreamingTest extends GatewayIntegrationTest {

    @Test
    void each_server_sent_event_passes_the_gateway_when_it_is_sent_not_when_the_response_ends() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/monitor/v1/feed?ticket=t")).header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> response = GatewayTestSupport.HTTP.send(request,
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        try (Stream<String> lines = response.body()) {
            Iterator<String> read = lines.iterator();
            assertThat(read.next()).isEqualTo("id: 1");
            assertThat(read.next()).isEqualTo("event: first");
            assertThat(Backend.FEED_TIMED_OUT).as("the first event arrived while the backend held the second").isFalse();
            Backend.FEED_RELEASE.countDown();
            StringBuilder rest = new StringBuilder();
            read.forEachRemaining(line -> rest.append(line).append('\n'));
            assertThat(rest.toString()).contains("event: second");
            assertThat(Backend.FEED_TIMED_OUT).isFalse();
        } finally {
            Backend.FEED_RELEASE.countDown();
        }
    }
}

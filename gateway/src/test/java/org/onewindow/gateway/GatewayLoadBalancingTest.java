package org.onewindow.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onewindow.gateway.GatewayTestSupport.get;
import static org.onewindow.gateway.GatewayTestSupport.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Review with three instances from the static list ({@code spring.cloud.discovery.client.simple.instances}): two
 * answer, one port has nothing listening. GETs reach both live instances; an instance whose readiness turns DOWN
 * stops getting requests within a few health-check intervals; the dead one never fails a GET (retried elsewhere).
 * When no instance reports ready, the gateway sends to all of them rather than refusing every request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.loadbalancer.health-check.interval=500ms",
        "spring.cloud.loadbalancer.health-check.path.default=/actuator/health/readiness"})
class GatewayLoadBalancingTest extends GatewayIntegrationTest {

    private static final InstanceStub FIRST = new InstanceStub("first");
    private static final InstanceStub SECOND = new InstanceStub("second");
    private static final int DEAD_PORT = freePort();

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.review[0].uri", FIRST::url);
        registry.add("spring.cloud.discovery.client.simple.instances.review[1].uri", SECOND::url);
        registry.add("spring.cloud.discovery.client.simple.instances.review[2].uri", () -> "http://127.0.0.1:" + DEAD_PORT);
    }

    @AfterAll
    static void stop() {
        FIRST.stop();
        SECOND.stop();
    }

    @Test
    void gets_are_balanced_over_the_ready_instances_and_a_not_ready_one_is_left_out() {
        String token = token("reviewer", "REVIEWER");
        List<String> answeredBy = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> response = get(port, "/api/review/v1/tasks?probe=lb-" + i, token);
            assertThat(response.statusCode()).as("GET %d: %s", i, response.body()).isEqualTo(200);
            answeredBy.add(response.body());
        }
        assertThat(answeredBy).as("both live instances answer; the dead port never fails a GET")
                .contains("first", "second");

        SECOND.ready.set(false);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<String> recent = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                HttpResponse<String> response = get(port, "/api/review/v1/tasks?probe=after-down", token);
                assertThat(response.statusCode()).isEqualTo(200);
                recent.add(response.body());
            }
            assertThat(recent).as("only the ready instance is routed to").containsOnly("first");
        });

        FIRST.ready.set(false);
        try {
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                HttpResponse<String> response = get(port, "/api/review/v1/tasks?probe=none-ready", token);
                assertThat(response.statusCode()).as("no instance ready: sent to them all rather than refused, "
                        + response.body()).isEqualTo(200);
                assertThat(response.body()).isIn("first", "second");
            });
        } finally {
            FIRST.ready.set(true);
            SECOND.ready.set(true);
        }
    }

    @Test
    void a_service_without_an_instance_list_keeps_its_single_route() {
        HttpResponse<String> response = get(port, "/api/intake/v1/applications?probe=single", token("clerk", "WINDOW_CLERK"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Backend.seen("/api/intake/v1/applications?probe=single")).hasSize(1);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

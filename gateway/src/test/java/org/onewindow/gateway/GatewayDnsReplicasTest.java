package org.onewindow.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onewindow.gateway.GatewayTestSupport.get;
import static org.onewindow.gateway.GatewayTestSupport.token;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Compose replicas ({@code onewindow.gateway.dns-replicas}): rating's route names one host, which "DNS" answers with
 * two addresses (127.0.0.1 and 127.0.0.2, both loopback, one replica listening on each, same port). GETs reach both
 * replicas; a replica gone from the DNS answer (scaled down) stops getting requests once the instances are fetched
 * again; one that comes back (scaled up) gets them again. With no replica at all the client gets a 503 problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "onewindow.gateway.dns-replicas=rating",
        "spring.cloud.loadbalancer.health-check.interval=500ms",
        "spring.cloud.loadbalancer.health-check.refetch-instances=true",
        "spring.cloud.loadbalancer.health-check.refetch-instances-interval=1s",
        "spring.cloud.loadbalancer.health-check.path.default=/actuator/health/readiness"})
class GatewayDnsReplicasTest {

    private static final String HOST = "rating.replicas.test";
    private static final int PORT = GatewayLoadBalancingTest.freePort();
    private static final InstanceStub FIRST = new InstanceStub("replica-1", new InetSocketAddress("127.0.0.1", PORT));
    private static final InstanceStub SECOND = new InstanceStub("replica-2", new InetSocketAddress("127.0.0.2", PORT));
    /** What the stand-in DNS answers for {@link #HOST} now. */
    private static final List<String> ANSWER = new CopyOnWriteArrayList<>(List.of("127.0.0.1", "127.0.0.2"));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        GatewayTestSupport.register(registry);
        registry.add("onewindow.routes.rating", () -> "http://" + HOST + ":" + PORT);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class StandInDns {
        @Bean
        DnsReplicas.Resolver resolver() {
            return host -> {
                if (!host.equals(HOST) || ANSWER.isEmpty()) {
                    throw new UnknownHostException(host);
                }
                List<InetAddress> addresses = new ArrayList<>();
                for (String address : ANSWER) {
                    addresses.add(InetAddress.getByName(address));
                }
                return addresses;
            };
        }
    }

    @AfterAll
    static void stop() {
        FIRST.stop();
        SECOND.stop();
    }

    @Test
    void gets_reach_every_address_of_the_name_and_follow_the_dns_answer_when_replicas_come_and_go() {
        assertThat(answers(12)).as("both replicas behind the one name answer").contains("replica-1", "replica-2");

        ANSWER.remove("127.0.0.2");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(answers(6)).as("the replica gone from DNS gets nothing").containsOnly("replica-1"));

        ANSWER.add("127.0.0.2");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(answers(12)).as("the replica back in DNS gets requests again").contains("replica-2"));
    }

    @Test
    void a_post_that_meets_a_replica_dying_mid_request_is_not_sent_again_with_an_empty_body() {
        String token = token("applicant", "APPLICANT");
        SECOND.dropsRequests.set(true);
        try {
            for (int i = 0; i < 8; i++) {
                HttpResponse<String> response = GatewayTestSupport.post(port, "/api/rating/v1/ratings?probe=post-" + i,
                        token, "application/json", "{\"n\":" + i + "}");
                assertThat(response.statusCode()).as("POST %d: %s", i, response.body()).isIn(200, 503);
            }
        } finally {
            SECOND.dropsRequests.set(false);
        }
        List<String> posts = new ArrayList<>(FIRST.requests);
        posts.addAll(SECOND.requests);
        posts.removeIf(r -> !r.contains("probe=post-"));
        assertThat(posts).as("each POST reached one instance once, with its body (a 503 is the client's to retry)")
                .hasSize(8).doesNotHaveDuplicates().allSatisfy(r -> assertThat(r).endsWith("}"));
        assertThat(SECOND.requests).as("the dying replica got some of them").anyMatch(r -> r.contains("probe=post-"));
    }

    @Test
    void no_replica_at_all_is_a_503_problem_to_retry_not_a_500() {
        List<String> before = List.copyOf(ANSWER);
        ANSWER.clear();
        try {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                HttpResponse<String> response = get(port, "/api/rating/v1/statistics?by=item&probe=dns-none", null);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
                assertThat(response.body()).contains("upstream-unavailable").contains("\"service\":\"rating\"");
            });
        } finally {
            ANSWER.addAll(before);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(answers(4)).isNotEmpty());
    }

    @Test
    void a_service_not_named_keeps_its_single_route() {
        HttpResponse<String> response = get(port, "/api/intake/v1/applications?probe=dns-single", token("clerk", "WINDOW_CLERK"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Backend.seen("/api/intake/v1/applications?probe=dns-single")).hasSize(1);
    }

    /** Who answered each of a number of GETs of rating's public statistics. */
    private List<String> answers(int requests) {
        List<String> answeredBy = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            HttpResponse<String> response = get(port, "/api/rating/v1/statistics?by=item&probe=dns-" + i, null);
            assertThat(response.statusCode()).as("GET %d: %s", i, response.body()).isEqualTo(200);
            answeredBy.add(response.body());
        }
        return answeredBy;
    }
}

package org.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.onewindow.systemtests.support.Gateway;
import org.onewindow.systemtests.support.Reply;
import org.onewindow.systemtests.support.StackExtension;

/** Ops view of the running suite: every service healthy and documented through the one gateway entry. */
@Order(0)
@ExtendWith(StackExtension.class)
class StackHealthIT {

    private static final List<String> SERVICES = List.of("catalog", "intake", "review", "supervision", "rating");

    private final Gateway gateway;

    StackHealthIT(Gateway gateway) {
        this.gateway = gateway;
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "intake", "review", "supervision", "rating"})
    void every_service_reports_up_through_the_gateway(String service) {
        Reply health = gateway.anonymous("GET", "/services/" + service + "/actuator/health", null);
        assertThat(health.status()).as("%s: %s", service, health).isEqualTo(200);
        assertThat(health.string("status")).as("%s: %s", service, health).isEqualTo("UP");

        Reply readiness = gateway.anonymous("GET", "/services/" + service + "/actuator/health/readiness", null);
        assertThat(readiness.string("status")).as("%s readiness: %s", service, readiness).isEqualTo("UP");
        Reply liveness = gateway.anonymous("GET", "/services/" + service + "/actuator/health/liveness", null);
        assertThat(liveness.string("status")).as("%s liveness: %s", service, liveness).isEqualTo("UP");
    }

    /** The launcher's embedded S3 store (S3Proxy) runs with the stack; an unsigned request is refused S3-style. */
    @Test
    void the_object_store_answers_s3_beside_the_services(org.onewindow.localstack.RunningStack stack) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                stack.objectStoreEndpoint().resolve("/onewindow-documents")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s", response.body()).isEqualTo(403);
        assertThat(response.body()).contains("<Code>AccessDenied</Code>");
    }

    @Test
    void the_gateway_itself_is_up() {
        Reply health = gateway.anonymous("GET", "/actuator/health", null);
        assertThat(health.status()).as("gateway: %s", health).isEqualTo(200);
        assertThat(health.string("status")).isEqualTo("UP");
    }

    @Test
    void every_service_publishes_its_open_api_document_through_the_gateway() {
        for (String service : SERVICES) {
            Reply docs = gateway.anonymous("GET", "/services/" + service + "/v3/api-docs", null);
            assertThat(docs.status()).as("%s docs: %s", service, docs.request()).isEqualTo(200);
            assertThat(docs.string("openapi")).as("%s docs", service).startsWith("3.");
            assertThat(docs.at("paths").propertyNames()).as("%s paths", service)
                    .anyMatch(path -> path.startsWith("/api/" + service + "/v1/"));
        }
    }

    @Test
    void an_unauthenticated_api_call_is_a_401_problem_for_every_service() {
        for (String service : SERVICES) {
            Reply reply = gateway.anonymous("GET", "/api/" + service + "/v1/unknown-but-protected", null);
            assertThat(reply.status()).as("%s: %s", service, reply).isEqualTo(401);
            assertThat(reply.isProblem()).as("%s: %s", service, reply).isTrue();
        }
    }
}

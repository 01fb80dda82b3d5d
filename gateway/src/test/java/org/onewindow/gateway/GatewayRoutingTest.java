package org.onewindow.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.gateway.GatewayTestSupport.get;
import static org.onewindow.gateway.GatewayTestSupport.post;
import static org.onewindow.gateway.GatewayTestSupport.token;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingTest extends GatewayIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void call_without_token_is_rejected_at_the_edge_and_never_reaches_the_service() {
        HttpResponse<String> response = get(port, "/api/intake/v1/applications?probe=no-token", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://onewindow.org/problems/unauthenticated");
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(Backend.seen("/api/intake/v1/applications?probe=no-token")).isEmpty();
    }

    @Test
    void call_with_token_is_proxied_with_path_and_authorization_unchanged() {
        String token = token("clerk", "WINDOW_CLERK");

        HttpResponse<String> response = get(port, "/api/intake/v1/applications?page=2&size=20", token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"backend\":true");
        assertThat(Backend.seen("/api/intake/v1/applications?page=2&size=20"))
                .singleElement()
                .satisfies(seen -> {
                    assertThat(seen.authorization()).isEqualTo("Bearer " + token);
                    assertThat(seen.method()).isEqualTo("GET");
                });
    }

    @Test
    void form_post_is_proxied_with_its_body() {
        HttpResponse<String> response = post(port, "/api/intake/v1/supplements?probe=form",
                token("agent", "VILLAGE_AGENT"), "application/x-www-form-urlencoded", "note=%E8%A1%A5%E6%AD%A3&count=2");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Backend.seen("/api/intake/v1/supplements?probe=form")).singleElement()
                .satisfies(seen -> assertThat(seen.body()).contains("note=%E8%A1%A5%E6%AD%A3").contains("count=2"));
    }

    @Test
    void json_post_is_proxied_with_its_body() {
        HttpResponse<String> response = post(port, "/api/intake/v1/applications?probe=json",
                token("applicant", "APPLICANT"), "application/json", "{\"itemCode\":\"ITEM-001\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Backend.seen("/api/intake/v1/applications?probe=json")).singleElement()
                .satisfies(seen -> assertThat(seen.body()).isEqualTo("{\"itemCode\":\"ITEM-001\"}"));
    }

    @Test
    void invalid_token_is_rejected_at_the_edge() {
        HttpResponse<String> response = get(port, "/api/review/v1/tasks?probe=bad-token", "not-a-jwt");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Backend.seen("/api/review/v1/tasks?probe=bad-token")).isEmpty();
    }

    @Test
    void public_guide_and_tracking_paths_need_no_token() {
        assertThat(get(port, "/api/catalog/v1/guides/ITEM-001", null).statusCode()).isEqualTo(200);
        assertThat(get(port, "/api/intake/v1/tracking/C-CITY-01-20261123-0001", null).statusCode()).isEqualTo(200);

        assertThat(Backend.seen("/api/catalog/v1/guides/ITEM-001")).singleElement()
                .satisfies(seen -> assertThat(seen.authorization()).isNull());
        assertThat(Backend.seen("/api/intake/v1/tracking/C-CITY-01-20261123-0001")).hasSize(1);
    }

    @Test
    void licence_verification_needs_no_token() {
        String path = "/api/review/v1/licences/330100-SP-001-2026-000001?code=ABCDEFGHIJKLMNOP";
        assertThat(get(port, path, null).statusCode()).isEqualTo(200);

        assertThat(Backend.seen(path)).singleElement().satisfies(seen -> assertThat(seen.authorization()).isNull());
    }

    @Test
    void service_health_and_api_docs_are_public_with_the_prefix_stripped() {
        assertThat(get(port, "/services/supervision/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(get(port, "/services/rating/v3/api-docs", null).statusCode()).isEqualTo(200);

        assertThat(Backend.seen("/actuator/health/readiness")).hasSize(1);
        assertThat(Backend.seen("/v3/api-docs")).hasSize(1);
    }

    @Test
    void published_rating_statistics_are_public_as_the_policy_tables_public_rows_say() {
        assertThat(get(port, "/api/rating/v1/statistics?by=item&probe=public-stats", null).statusCode())
                .isEqualTo(200);
        assertThat(Backend.seen("/api/rating/v1/statistics?by=item&probe=public-stats")).singleElement()
                .satisfies(seen -> assertThat(seen.authorization()).isNull());
        // a public read is no public write
        assertThat(post(port, "/api/rating/v1/statistics?probe=public-post", null, "application/json", "{}")
                .statusCode()).isEqualTo(401);
        assertThat(Backend.seen("/api/rating/v1/statistics?probe=public-post")).isEmpty();
    }

    @Test
    void no_actuator_path_of_a_service_but_health_is_routed() {
        String opsToken = token("ops", "OPS");
        for (String path : new String[] {"/services/intake/actuator/deadletters", "/services/rating/actuator/outbox",
                "/services/review/actuator/env", "/services/catalog/actuator/loggers"}) {
            assertThat(get(port, path, null).statusCode()).as(path).isEqualTo(401);
            assertThat(get(port, path, opsToken).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(Backend.seen("/actuator/deadletters")).isEmpty();
        assertThat(Backend.seen("/actuator/outbox")).isEmpty();
        // the gateway's own ops endpoints: OPS only
        assertThat(get(port, "/actuator/metrics", token("applicant", "APPLICANT")).statusCode()).isEqualTo(403);
    }

    @Test
    void other_paths_of_a_service_are_not_public() {
        assertThat(get(port, "/api/catalog/v1/items?probe=private", null).statusCode()).isEqualTo(401);
        assertThat(Backend.seen("/api/catalog/v1/items?probe=private")).isEmpty();
    }

    @Test
    void dev_issuer_token_passes_the_edge() {
        HttpResponse<String> login = post(port, "/auth/token", null, "application/x-www-form-urlencoded",
                "username=supervisor.market&password=demo");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String token = JSON.readTree(login.body()).get("access_token").asString();

        HttpResponse<String> response = get(port, "/api/supervision/v1/records?probe=dev-token", token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Backend.seen("/api/supervision/v1/records?probe=dev-token")).singleElement()
                .satisfies(seen -> assertThat(seen.authorization()).isEqualTo("Bearer " + token));
    }

    @Test
    void dev_issuer_refuses_a_wrong_password() {
        HttpResponse<String> login = post(port, "/auth/token", null, "application/json",
                "{\"username\":\"clerk\",\"password\":\"guess\"}");

        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(login.body()).get("type").asString())
                .isEqualTo("https://onewindow.org/problems/unauthenticated");
    }

    @Test
    void swagger_ui_lists_every_services_api_docs() {
        HttpResponse<String> config = get(port, "/v3/api-docs/swagger-config", null);

        assertThat(config.statusCode()).isEqualTo(200);
        for (String service : new String[] {"catalog", "intake", "review", "supervision", "rating", "monitor"}) {
            assertThat(config.body()).contains("/services/" + service + "/v3/api-docs");
        }
        assertThat(get(port, "/swagger-ui.html", null).statusCode()).isIn(200, 302);
    }

    @Test
    void swagger_ui_keeps_the_authorization_and_the_gateways_own_document_is_tagged_and_served_relative() {
        assertThat(get(port, "/v3/api-docs/swagger-config", null).body()).contains("\"persistAuthorization\":true");

        HttpResponse<String> own = get(port, "/v3/api-docs", null);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).as("server relative to the page, never this JVM's address")
                .contains("\"servers\":[{\"url\":\"/\"").doesNotContain("127.0.0.1:" + port);
        assertThat(own.body()).contains("开发令牌 Development tokens").doesNotContain("dev-token-controller");
    }

    @Test
    void gateway_health_is_public() {
        HttpResponse<String> health = get(port, "/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
    }
}

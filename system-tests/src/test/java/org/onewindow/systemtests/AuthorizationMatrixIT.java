package org.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.access.AuthorizationMatrix;
import org.onewindow.systemtests.support.Gateway;
import org.onewindow.systemtests.support.Json;
import org.onewindow.systemtests.support.Lifecycle;
import org.onewindow.systemtests.support.Reply;
import org.onewindow.systemtests.support.StackTest;
import org.onewindow.systemtests.support.Submissions;

import tools.jackson.databind.JsonNode;

/**
 * Issue 9's authorization matrix through the gateway: the hand-written rows (platform-test-support
 * authorization-matrix.csv) that need no body answer the same as on the services, and on a real case the scopes
 * that are enforced hold (docs/security.md, "Scopes").
 */
@Order(8)
class AuthorizationMatrixIT extends StackTest {

    /**
     * The real cases the scope rows name, as intake's AccessPolicyTest creates them: {@code {city-case}} submitted by
     * the clerk at C-CITY-01, {@code {town-case}} by the town clerk at C-TOWN-01 (BIZ-LICENCE-REG is delegated to
     * towns), both for the demo applicant; review opens both with a task of MARKET only (the item's route).
     */
    private Map<String, String> fixtures() {
        String city = lifecycle.submit(Gateway.CLERK, Submissions.of(Submissions.BIZ_LICENCE_REG))
                .string("application.caseNumber");
        String town = lifecycle.submit("town-clerk", Submissions.of(Submissions.BIZ_LICENCE_REG))
                .string("application.caseNumber");
        for (String caseNumber : List.of(city, town)) {
            await("intake: MARKET's task in " + caseNumber).atMost(Lifecycle.HOP).pollInterval(Duration.ofMillis(250))
                    .until(() -> gateway.get(Gateway.reviewer("MARKET"), "/api/intake/v1/applications/" + caseNumber)
                            .status() == 200);
        }
        return Map.of("city-case", city, "town-case", town);
    }

    @Test
    void the_matrix_rows_answer_the_same_through_the_gateway() {
        List<String> wrong = new ArrayList<>();
        for (AuthorizationMatrix.Row row : AuthorizationMatrix.all()) {
            // API paths only (the gateway routes no service actuator path); writes only where refused before the body
            boolean bodyless = row.method().equals("GET") || row.status() == 401 || row.status() == 403;
            // rows naming fixtures run in the_scope_rows_answer_the_same_on_real_resources
            if (!row.path().startsWith("/api/") || !bodyless || row.needsFixtures()) {
                continue;
            }
            String user = AuthorizationMatrix.ANONYMOUS.equals(row.user()) ? null : row.user();
            Object body = row.method().equals("GET") ? null : Map.of();
            Reply reply = gateway.send(user, row.method(), row.path(), body);
            if (reply.status() != row.status()) {
                wrong.add(row + " answered " + reply.status());
            }
        }
        assertThat(wrong).as("matrix rows through the gateway").isEmpty();
    }

    /**
     * The scope rows (own vs other department, own vs other centre) on resources made through the stack: a
     * 营业执照 case accepted by the demo clerk at C-CITY-01, whose only task is MARKET's, approved, and the
     * supervision record MARKET gets for it.
     */
    @Test
    void the_scope_rows_answer_the_same_on_real_resources() {
        String caseNumber = lifecycle.submit(Gateway.CLERK, Submissions.of(Submissions.BIZ_LICENCE_REG))
                .string("application.caseNumber");
        JsonNode reviewCase = lifecycle.awaitReviewCase(caseNumber);
        String taskId = Lifecycle.taskId(reviewCase, "MARKET");
        lifecycle.approveTask(taskId, "MARKET");
        JsonNode record = lifecycle.awaitSupervisionRecord("MARKET", caseNumber);
        Map<String, String> fixtures = new HashMap<>(fixtures());
        fixtures.putAll(Map.of("market-case", caseNumber, "market-task", taskId,
                "market-record", Json.string(record.path("id"))));

        List<String> wrong = new ArrayList<>();
        for (AuthorizationMatrix.Row row : AuthorizationMatrix.all()) {
            boolean bodyless = row.method().equals("GET") || row.status() == 401 || row.status() == 403;
            if (!row.needsFixtures() || !row.path().startsWith("/api/") || !bodyless) {
                continue;
            }
            String user = AuthorizationMatrix.ANONYMOUS.equals(row.user()) ? null : row.user();
            Reply reply = gateway.send(user, row.method(), row.pathWith(fixtures),
                    row.method().equals("GET") ? null : Map.of());
            if (reply.status() != row.status()) {
                wrong.add(row + " answered " + reply.status());
            }
        }
        assertThat(wrong).as("scope rows through the gateway").isEmpty();
    }

    @Test
    void on_a_real_case_the_table_and_the_enforced_scopes_decide() {
        String caseNumber = lifecycle.submit(Gateway.CLERK, Submissions.of(Submissions.BIZ_LICENCE_REG))
                .string("application.caseNumber");
        String path = "/api/intake/v1/applications/" + caseNumber;

        assertThat(gateway.get(Gateway.CLERK, path).status()).as("the clerk who took it").isEqualTo(200);
        assertThat(gateway.get(Gateway.MONITOR, path).status()).as("monitor, masked").isEqualTo(200);
        assertThat(gateway.get("catalog-admin", path).status()).as("catalog admin: no grant").isEqualTo(403);
        assertThat(gateway.get("ops", path).status()).as("ops: no business grant").isEqualTo(403);
        assertThat(gateway.get(Gateway.APPLICANT_2, path).status()).as("another applicant (own)").isIn(403, 404);
        assertThat(gateway.post(Gateway.reviewer("MARKET"), path + "/supplements", Map.of()).status())
                .as("staff post no materials into a citizen's application").isEqualTo(403);

        assertThat(gateway.anonymous("GET", "/api/rating/v1/statistics?by=item", null).status())
                .as("published statistics are public").isEqualTo(200);
        assertThat(gateway.get("ops", "/services/intake/actuator/deadletters").status())
                .as("no service actuator path but health is routed").isEqualTo(404);
        assertThat(gateway.anonymous("GET", "/services/intake/actuator/health", null).status()).isEqualTo(200);
    }
}

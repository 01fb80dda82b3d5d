package org.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.systemtests.support.Gateway;
import org.onewindow.systemtests.support.Json;
import org.onewindow.systemtests.support.Lifecycle;
import org.onewindow.systemtests.support.Reply;
import org.onewindow.systemtests.support.StackExtension;

import tools.jackson.databind.JsonNode;

/**
 * DESIGN.md §4 invariants 1–4 over every application of the run, read through each service's API (never its
 * tables), as the monitor (督查) would: runs last, after the other classes created their cases.
 */
@Order(100)
@ExtendWith(StackExtension.class)
class InvariantsIT {

    private static final Set<String> ACCEPTED_STATUSES = Set.of("ACCEPTED", "IN_REVIEW", "SUPPLEMENT_REQUESTED", "DECIDED", "DELIVERED");
    private static final Set<String> DECIDED_STATUSES = Set.of("DECIDED", "DELIVERED");

    private final Gateway gateway;

    InvariantsIT(Gateway gateway) {
        this.gateway = gateway;
    }

    @Test
    void every_accepted_application_has_exactly_one_review_case() {
        List<JsonNode> applications = applications();
        assertThat(applications.stream().map(a -> Json.string(a.path("caseNumber"))).toList())
                .as("intake lists every case the suite created")
                .containsAll(Lifecycle.createdCaseNumbers());
        for (JsonNode application : applications) {
            String caseNumber = Json.string(application.path("caseNumber"));
            if (ACCEPTED_STATUSES.contains(Json.string(application.path("status")))) {
                JsonNode reviewCase = awaitReviewCase(caseNumber);
                assertThat(Json.string(reviewCase.path("caseNumber"))).isEqualTo(caseNumber);
                assertThat(Json.string(reviewCase.path("itemCode"))).isEqualTo(Json.string(application.path("itemCode")));
            } else {
                Reply none = gateway.get(Gateway.MONITOR, "/api/review/v1/cases/" + caseNumber);
                assertThat(none.status()).as("review: an application not accepted has no case: %s", none).isEqualTo(404);
            }
        }
    }

    @Test
    void every_approval_has_exactly_one_supervision_record_and_every_rejection_none() {
        int approvals = 0;
        for (JsonNode application : applications()) {
            String caseNumber = Json.string(application.path("caseNumber"));
            if (!DECIDED_STATUSES.contains(Json.string(application.path("status")))) {
                continue;
            }
            JsonNode reviewCase = gateway.get(Gateway.MONITOR, "/api/review/v1/cases/" + caseNumber).json();
            String outcome = Json.string(reviewCase.path("status"));
            int expected = "APPROVED".equals(outcome) ? 1 : 0;
            approvals += expected;
            await("supervision: " + expected + " record(s) of " + caseNumber).atMost(Lifecycle.HOP)
                    .pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                        Reply records = gateway.get(Gateway.MONITOR, "/api/supervision/v1/records?caseNumber=" + caseNumber);
                        assertThat(records.status()).as("supervision: %s", records).isEqualTo(200);
                        assertThat(records.at("totalItems").asLong()).as("supervision: %s", records).isEqualTo(expected);
                        if (expected == 1) {
                            assertThat(Json.string(records.at("items").path(0).path("licenceNumber")))
                                    .isEqualTo(Json.string(Json.at(reviewCase, "decision.licence.number")));
                        }
                    });
        }
        assertThat(approvals).as("the run approved cases to check").isPositive();

        Reply reconciliation = gateway.get(Gateway.MONITOR, "/api/supervision/v1/reconciliation");
        assertThat(reconciliation.status()).as("supervision: %s", reconciliation).isEqualTo(200);
        assertThat(Json.list(reconciliation.at("approvalsWithoutRecord"))).as("supervision: %s", reconciliation).isEmpty();
        assertThat(reconciliation.at("approvalsSeen").asLong()).isEqualTo(reconciliation.at("records").asLong());
    }

    @Test
    void every_delivered_result_matches_the_review_decision() {
        int delivered = 0;
        for (JsonNode application : applications()) {
            String status = Json.string(application.path("status"));
            if (!DECIDED_STATUSES.contains(status)) {
                continue;
            }
            String caseNumber = Json.string(application.path("caseNumber"));
            JsonNode reviewCase = gateway.get(Gateway.MONITOR, "/api/review/v1/cases/" + caseNumber).json();
            assertThat(Json.string(Json.at(application, "decision.outcome")))
                    .as("intake's decision of %s is review's", caseNumber)
                    .isEqualTo(Json.string(reviewCase.path("status")));
            assertThat(Json.string(Json.at(application, "decision.licenceNumber")))
                    .as("intake's licence number of %s is review's", caseNumber)
                    .isEqualTo(Json.string(Json.at(reviewCase, "decision.licence.number")));
            if ("DELIVERED".equals(status)) {
                delivered++;
                assertThat(Json.at(application, "delivery.deliveredAt").isMissingNode()).isFalse();
            }
        }
        assertThat(delivered).as("the run delivered results to check").isPositive();
    }

    @Test
    void at_most_one_rating_per_case_and_stage_and_only_for_a_stage_reached() {
        int ratings = 0;
        for (JsonNode application : applications()) {
            String caseNumber = Json.string(application.path("caseNumber"));
            String status = Json.string(application.path("status"));
            Reply reply = gateway.get(Gateway.MONITOR, "/api/rating/v1/ratings?caseNumber=" + caseNumber);
            assertThat(reply.status()).as("rating: %s", reply).isEqualTo(200);
            JsonNode items = reply.json().isArray() ? reply.json() : reply.at("items");
            Map<String, Integer> perStage = new HashMap<>();
            for (JsonNode rating : items) {
                perStage.merge(Json.string(rating.path("stage")), 1, Integer::sum);
                ratings++;
            }
            assertThat(perStage.values()).as("rating: one per stage of %s: %s", caseNumber, reply).allMatch(n -> n == 1);
            if (perStage.containsKey("COMPLETION")) {
                assertThat(status).as("rating: completion rated only once delivered, %s", caseNumber).isEqualTo("DELIVERED");
            }
            if (perStage.containsKey("ACCEPTANCE")) {
                assertThat(status).as("rating: acceptance rated only once accepted, %s", caseNumber).isIn(ACCEPTED_STATUSES);
            }
        }
        assertThat(ratings).as("the run rated cases to check").isPositive();
    }

    /** Every application intake holds, page by page in its deterministic order. */
    private List<JsonNode> applications() {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Reply reply = gateway.get(Gateway.MONITOR, "/api/intake/v1/applications?size=200&page=" + page);
            assertThat(reply.status()).as("intake: %s", reply).isEqualTo(200);
            all.addAll(Json.list(reply.at("items")));
            if (page + 1 >= reply.at("totalPages").asInt()) {
                return all;
            }
        }
    }

    private JsonNode awaitReviewCase(String caseNumber) {
        List<JsonNode> found = new ArrayList<>(1);
        await("review: case of accepted application " + caseNumber).atMost(Lifecycle.HOP)
                .pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                    Reply reply = gateway.get(Gateway.MONITOR, "/api/review/v1/cases/" + caseNumber);
                    assertThat(reply.status()).as("review: %s", reply).isEqualTo(200);
                    found.clear();
                    found.add(reply.json());
                });
        return found.getFirst();
    }
}

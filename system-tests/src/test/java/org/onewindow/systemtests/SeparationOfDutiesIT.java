package org.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.onewindow.systemtests.support.Gateway;
import org.onewindow.systemtests.support.Json;
import org.onewindow.systemtests.support.Lifecycle;
import org.onewindow.systemtests.support.Reply;
import org.onewindow.systemtests.support.StackTest;
import org.onewindow.systemtests.support.Submissions;

import tools.jackson.databind.JsonNode;

/**
 * 审管分离 through the gateway with one person in both roles: {@code reviewer.supervisor.market} (REVIEWER and
 * SUPERVISOR of MARKET) gives MARKET's REVIEW opinion on a 食品经营许可 case, and is then refused the claim of its
 * supervision record, which MARKET's other supervisor may claim.
 */
@Order(8)
class SeparationOfDutiesIT extends StackTest {

    private static final String BOTH = "reviewer.supervisor.market";

    @Test
    void who_reviewed_the_case_may_not_claim_its_supervision_record_though_a_supervisor() {
        Reply submitted = lifecycle.submit(Gateway.CLERK, Submissions.of(Submissions.FOOD_BIZ_LICENCE));
        String caseNumber = submitted.string("application.caseNumber");
        JsonNode reviewCase = lifecycle.awaitReviewCase(caseNumber);

        Reply reviewed = lifecycle.opinion(BOTH, Lifecycle.taskId(reviewCase, "MARKET"), "REVIEW", "APPROVE", null);
        assertThat(reviewed.status()).as("review: %s", reviewed).isEqualTo(201);
        Reply checked = lifecycle.opinion(Gateway.checker("MARKET"), Lifecycle.taskId(reviewCase, "MARKET"), "CHECK",
                "APPROVE", null);
        assertThat(checked.status()).as("review: %s", checked).isEqualTo(201);
        lifecycle.approveTask(Lifecycle.taskId(reviewCase, "HEALTH"), "HEALTH");
        lifecycle.approveTask(Lifecycle.taskId(reviewCase, "FIRE"), "FIRE");
        assertThat(Json.string(lifecycle.awaitDecision(caseNumber).path("status"))).isEqualTo("APPROVED");

        JsonNode record = lifecycle.awaitSupervisionRecord("MARKET", caseNumber);
        assertThat(Json.list(record.path("participants")).stream().map(Json::string).toList()).contains(BOTH);
        String claim = "/api/supervision/v1/records/" + Json.string(record.path("id")) + "/claim";

        Reply refused = gateway.post(BOTH, claim, null);
        assertThat(refused.status()).as("supervision: %s", refused).isEqualTo(403);
        assertThat(refused.problemRule()).as("supervision: %s", refused).isEqualTo("supervision.separation-of-duties");

        Reply claimed = gateway.post(Gateway.supervisor("MARKET"), claim, null);
        assertThat(claimed.status()).as("supervision: %s", claimed).isEqualTo(200);
    }
}

package org.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
 * 并联审批 end to end: 食品经营许可 (MARKET, HEALTH, FIRE in parallel, 一审一核 each) from the window to the
 * licence, the supervision record (审管分离: claimed by MARKET's supervisor), delivery at the single window and
 * the applicant's one rating (一次一评).
 */
@Order(1)
class ParallelApprovalIT extends StackTest {

    private static final List<String> DEPARTMENTS = List.of("MARKET", "HEALTH", "FIRE");


    @Test
    void parallel_item_is_approved_supervised_delivered_and_rated_once() {
        Reply submitted = lifecycle.submit(Gateway.CLERK, Submissions.of(Submissions.FOOD_BIZ_LICENCE));
        String caseNumber = submitted.string("application.caseNumber");
        assertThat(submitted.string("application.status")).as("%s", submitted).isEqualTo("ACCEPTED");
        assertThat(caseNumber).startsWith("C-CITY-01-");
        assertThat(submitted.string("queryCode")).as("%s", submitted).hasSize(8);
        assertThat(submitted.string("application.receipt.kind")).isEqualTo("ACCEPTANCE");

        JsonNode reviewCase = lifecycle.awaitReviewCase(caseNumber);
        assertThat(Json.string(reviewCase.path("mode"))).isEqualTo("PARALLEL");
        for (String department : DEPARTMENTS) {
            // parallel: every department's task is open at once
            assertThat(Json.string(Lifecycle.task(reviewCase, department).path("status")))
                    .as("review: task of %s in %s", department, reviewCase).isEqualTo("OPEN");
        }
        for (String department : DEPARTMENTS) {
            lifecycle.approveTask(Lifecycle.taskId(reviewCase, department), department);
        }

        JsonNode decided = lifecycle.awaitDecision(caseNumber);
        assertThat(Json.string(decided.path("status"))).isEqualTo("APPROVED");
        String licence = Json.string(Json.at(decided, "decision.licence.number"));
        assertThat(licence).as("review: licence in %s", decided).matches("FOOD-BIZ-LICENCE-\\d{4}-\\d{6}");

        JsonNode record = lifecycle.awaitSupervisionRecord("MARKET", caseNumber);
        assertThat(Json.string(record.path("supervisingDepartment"))).isEqualTo("MARKET");
        assertThat(Json.string(record.path("licenceNumber"))).isEqualTo(licence);
        assertThat(Json.string(record.path("status"))).isEqualTo("PUSHED");
        assertThat(Json.list(record.path("participants")).stream().map(Json::string).toList())
                .as("every reviewer and checker is a participant (审管分离)")
                .contains("reviewer.market", "checker.market", "reviewer.health", "checker.fire");
        String recordId = Json.string(record.path("id"));

        Reply claimed = gateway.post(Gateway.supervisor("MARKET"), "/api/supervision/v1/records/" + recordId + "/claim", null);
        assertThat(claimed.status()).as("supervision: %s", claimed).isEqualTo(200);
        assertThat(claimed.string("status")).isEqualTo("CLAIMED");
        assertThat(claimed.string("claimedBy")).isEqualTo("supervisor.market");

        JsonNode decidedApplication = lifecycle.awaitApplication(caseNumber, "DECIDED");
        assertThat(Json.string(Json.at(decidedApplication, "decision.licenceNumber"))).isEqualTo(licence);

        Reply delivered = lifecycle.deliver(caseNumber);
        assertThat(delivered.status()).as("intake: %s", delivered).isEqualTo(201);
        assertThat(delivered.string("status")).isEqualTo("DELIVERED");
        assertThat(delivered.string("decision.outcome")).isEqualTo("APPROVED");
        assertThat(delivered.string("decision.licenceNumber")).isEqualTo(licence);

        Reply rated = lifecycle.rateWhenOpen(Gateway.APPLICANT, caseNumber, "COMPLETION", "VERY_SATISFIED");
        assertThat(rated.status()).as("rating: %s", rated).isEqualTo(201);

        Reply again = lifecycle.rate(Gateway.APPLICANT, caseNumber, "COMPLETION", "SATISFIED");
        assertThat(again.status()).as("rating: %s", again).isEqualTo(409);
        assertThat(again.isProblem()).as("rating: problem document %s", again).isTrue();
        assertThat(again.problemRule()).as("rating: %s", again).isEqualTo("rating.already-rated");
    }
}

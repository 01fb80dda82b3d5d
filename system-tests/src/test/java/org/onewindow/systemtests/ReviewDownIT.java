package org.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.onewindow.localstack.RunningStack;
import org.onewindow.systemtests.support.Gateway;
import org.onewindow.systemtests.support.Json;
import org.onewindow.systemtests.support.Lifecycle;
import org.onewindow.systemtests.support.Reply;
import org.onewindow.systemtests.support.StackTest;
import org.onewindow.systemtests.support.Submissions;

import tools.jackson.databind.JsonNode;

/**
 * Nothing lost: with review-service down, intake still accepts (the event waits in its outbox and on the topic);
 * once review is back it opens the case, and the case proceeds to a decision.
 */
@Order(7)
class ReviewDownIT extends StackTest {

    private final RunningStack stack;

    ReviewDownIT(RunningStack stack) {
        this.stack = stack;
    }

    @Test
    void an_application_accepted_while_review_is_down_gets_its_review_case_once_review_is_back() {
        String caseNumber;
        stack.stopService("review");
        try {
            assertThat(stack.isRunning("review")).isFalse();
            Reply submitted = lifecycle.submit(Gateway.CLERK, Submissions.of(Submissions.BIZ_LICENCE_REG));
            assertThat(submitted.string("application.status")).as("intake accepts without review: %s", submitted)
                    .isEqualTo("ACCEPTED");
            caseNumber = submitted.string("application.caseNumber");
        } finally {
            stack.startService("review");
        }

        JsonNode opened = lifecycle.awaitReviewCase(caseNumber);
        lifecycle.approveTask(Lifecycle.taskId(opened, "MARKET"), "MARKET");

        JsonNode decided = lifecycle.awaitDecision(caseNumber);
        assertThat(Json.string(decided.path("status"))).isEqualTo("APPROVED");
        JsonNode application = lifecycle.awaitApplication(caseNumber, "DECIDED");
        assertThat(Json.string(Json.at(application, "decision.licenceNumber")))
                .isEqualTo(Json.string(Json.at(decided, "decision.licence.number")));
        lifecycle.awaitSupervisionRecord("MARKET", caseNumber);
    }
}

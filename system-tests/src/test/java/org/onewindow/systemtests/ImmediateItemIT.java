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

/** 即办件: 高龄津贴申领 is decided at the window by the clerk who accepted it (a single step, no 一审一核). */
@Order(4)
class ImmediateItemIT extends StackTest {


    @Test
    void immediate_item_is_decided_at_the_window_by_the_accepting_clerk() {
        Reply submitted = lifecycle.submit(Gateway.CLERK, Submissions.of(Submissions.ELDERLY_ALLOWANCE));
        String caseNumber = submitted.string("application.caseNumber");
        assertThat(submitted.string("application.status")).as("%s", submitted).isEqualTo("ACCEPTED");

        JsonNode opened = lifecycle.awaitReviewCase(caseNumber);
        JsonNode task = Lifecycle.task(opened, "CIVIL-AFFAIRS");
        assertThat(task.path("twoPersonReview").asBoolean()).as("review: %s", opened).isFalse();

        Reply decidedAtTheWindow = lifecycle.opinion(Gateway.CLERK, Json.string(task.path("taskId")), "REVIEW", "APPROVE", null);
        assertThat(decidedAtTheWindow.status()).as("review: %s", decidedAtTheWindow).isEqualTo(201);

        JsonNode decided = lifecycle.awaitDecision(caseNumber);
        assertThat(Json.string(decided.path("status"))).isEqualTo("APPROVED");
        JsonNode application = lifecycle.awaitApplication(caseNumber, "DECIDED");
        assertThat(Json.string(Json.at(application, "decision.outcome"))).isEqualTo("APPROVED");
    }
}

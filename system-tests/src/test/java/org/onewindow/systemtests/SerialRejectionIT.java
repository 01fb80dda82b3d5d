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

/** Serial route: 户外广告设施设置审批 passes HOUSING, then NATURAL-RESOURCES rejects it; no licence, no supervision. */
@Order(2)
class SerialRejectionIT extends StackTest {


    @Test
    void serial_item_rejected_at_the_second_department_is_decided_rejected_with_its_reasons() {
        String caseNumber = lifecycle.submit(Gateway.CLERK, Submissions.of(Submissions.OUTDOOR_AD_PERMIT))
                .string("application.caseNumber");

        JsonNode opened = lifecycle.awaitReviewCase(caseNumber);
        assertThat(Json.string(opened.path("mode"))).isEqualTo("SERIAL");
        String housing = Lifecycle.taskId(opened, "HOUSING");
        String naturalResources = Lifecycle.taskId(opened, "NATURAL-RESOURCES");
        assertThat(Json.string(Lifecycle.task(opened, "NATURAL-RESOURCES").path("status"))).isEqualTo("WAITING");

        Reply tooEarly = lifecycle.opinion(Gateway.reviewer("NATURAL-RESOURCES"), naturalResources, "REVIEW", "APPROVE", null);
        assertThat(tooEarly.status()).as("review: serial task not open yet %s", tooEarly).isEqualTo(409);
        assertThat(tooEarly.problemRule()).isEqualTo("review.task-not-open");

        lifecycle.approveTask(housing, "HOUSING");
        JsonNode afterHousing = lifecycle.reviewCase(caseNumber).json();
        assertThat(Json.string(Lifecycle.task(afterHousing, "NATURAL-RESOURCES").path("status")))
                .as("review: second task opens once the first approved %s", afterHousing).isEqualTo("OPEN");

        Reply rejected = lifecycle.opinion(Gateway.reviewer("NATURAL-RESOURCES"), naturalResources, "REVIEW", "REJECT",
                List.of("设置位置不符合户外广告设施设置规划"));
        assertThat(rejected.status()).as("review: %s", rejected).isEqualTo(201);

        JsonNode decided = lifecycle.awaitDecision(caseNumber);
        assertThat(Json.string(decided.path("status"))).isEqualTo("REJECTED");
        assertThat(Json.list(Json.at(decided, "decision.reasons")).stream().map(Json::string).toList())
                .contains("设置位置不符合户外广告设施设置规划");
        assertThat(Json.at(decided, "decision.licence").isNull() || Json.at(decided, "decision.licence").isMissingNode())
                .as("review: no licence on a rejection %s", decided).isTrue();

        JsonNode application = lifecycle.awaitApplication(caseNumber, "DECIDED");
        assertThat(Json.string(Json.at(application, "decision.outcome"))).isEqualTo("REJECTED");
        assertThat(Json.string(Json.at(application, "decision.licenceNumber"))).isNull();

        Reply records = lifecycle.supervisionRecords("HOUSING", caseNumber);
        assertThat(records.status()).as("supervision: %s", records).isEqualTo(200);
        assertThat(records.at("items").size()).as("supervision: a rejection creates no record %s", records).isZero();
    }
}

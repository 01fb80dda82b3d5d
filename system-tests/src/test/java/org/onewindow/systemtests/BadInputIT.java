package org.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.onewindow.systemtests.support.Gateway;
import org.onewindow.systemtests.support.Lifecycle;
import org.onewindow.systemtests.support.Reply;
import org.onewindow.systemtests.support.ResidentIds;
import org.onewindow.systemtests.support.StackTest;
import org.onewindow.systemtests.support.Submissions;

/** Bad input through the gateway gets an RFC 9457 problem naming the field or rule, and changes nothing. */
@Order(6)
class BadInputIT extends StackTest {

    private static final String APPLICATIONS = "/api/intake/v1/applications";


    @Test
    void invalid_resident_id_is_a_422_naming_the_field_and_writes_nothing() {
        long before = applicationCount();
        Reply reply = gateway.post(Gateway.CLERK, APPLICATIONS, Submissions.of(Submissions.FOOD_BIZ_LICENCE)
                .idNumber(ResidentIds.withWrongCheck(ResidentIds.next())).body());

        assertThat(reply.status()).as("intake: %s", reply).isEqualTo(422);
        assertThat(reply.isProblem()).as("problem document: %s", reply).isTrue();
        assertThat(reply.problemFields()).as("intake: %s", reply).containsExactly("applicant.idNumber");
        assertThat(applicationCount()).as("no application written").isEqualTo(before);
    }

    @Test
    void unknown_item_is_a_422_naming_item_code() {
        Reply reply = gateway.post(Gateway.CLERK, APPLICATIONS, Submissions.of("NO-SUCH-ITEM").body());

        assertThat(reply.status()).as("intake: %s", reply).isEqualTo(422);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.problemFields()).as("intake: %s", reply).contains("itemCode");
        assertThat(reply.problemRules()).as("目录之外无审批: %s", reply).contains("intake.item-not-published");
    }

    @Test
    void no_token_is_a_401_problem() {
        Reply reply = gateway.anonymous("POST", APPLICATIONS, Submissions.of(Submissions.FOOD_BIZ_LICENCE).body());

        assertThat(reply.status()).as("gateway: %s", reply).isEqualTo(401);
        assertThat(reply.isProblem()).as("gateway: %s", reply).isTrue();
        assertThat(reply.string("status")).isEqualTo("401");
    }

    @Test
    void a_step_completed_twice_is_a_409_and_a_reviewer_of_another_department_gets_a_403() {
        String caseNumber = lifecycle.submit(Gateway.CLERK, Submissions.of(Submissions.BIZ_LICENCE_REG))
                .string("application.caseNumber");
        String taskId = Lifecycle.taskId(lifecycle.awaitReviewCase(caseNumber), "MARKET");

        Reply foreign = lifecycle.opinion(Gateway.reviewer("HOUSING"), taskId, "REVIEW", "APPROVE", null);
        assertThat(foreign.status()).as("review: %s", foreign).isEqualTo(403);
        assertThat(foreign.isProblem()).isTrue();
        assertThat(foreign.problemRule()).isEqualTo("review.wrong-department");

        Reply first = lifecycle.opinion(Gateway.reviewer("MARKET"), taskId, "REVIEW", "APPROVE", null);
        assertThat(first.status()).as("review: %s", first).isEqualTo(201);
        Reply twice = lifecycle.opinion("reviewer2.market", taskId, "REVIEW", "APPROVE", null);
        assertThat(twice.status()).as("review: %s", twice).isEqualTo(409);
        assertThat(twice.isProblem()).isTrue();
        assertThat(twice.problemRule()).isEqualTo("review.step-already-completed");

        Reply rejectionWithoutReasons = lifecycle.opinion(Gateway.checker("MARKET"), taskId, "CHECK", "REJECT", null);
        assertThat(rejectionWithoutReasons.status()).as("review: %s", rejectionWithoutReasons).isEqualTo(422);
        assertThat(rejectionWithoutReasons.problemFields()).contains("reasons");
    }

    private long applicationCount() {
        Reply page = gateway.get(Gateway.CLERK, APPLICATIONS + "?size=1");
        assertThat(page.status()).as("intake: %s", page).isEqualTo(200);
        return page.at("totalItems").asLong();
    }
}

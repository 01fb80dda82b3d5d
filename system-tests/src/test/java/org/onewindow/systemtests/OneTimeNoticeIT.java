package org.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.onewindow.systemtests.support.Gateway;
import org.onewindow.systemtests.support.Json;
import org.onewindow.systemtests.support.Reply;
import org.onewindow.systemtests.support.StackTest;
import org.onewindow.systemtests.support.Submissions;

/**
 * 一次性告知 (Art. 32): an incomplete application gets ONE notice listing every missing or defective material,
 * then the supplements complete it and it is accepted and reaches review.
 */
@Order(3)
class OneTimeNoticeIT extends StackTest {


    @Test
    void one_notice_lists_every_missing_material_then_supplements_complete_the_application() {
        Reply submitted = lifecycle.submit(Gateway.CLERK, Submissions.of(Submissions.FOOD_BIZ_LICENCE)
                .missing("ID-DOC", "PREMISES-PROOF")
                .defective("FOOD-SAFETY-RULES"));
        String caseNumber = submitted.string("application.caseNumber");
        assertThat(submitted.string("application.status")).as("%s", submitted).isEqualTo("NOTICE_ISSUED");
        assertThat(submitted.string("application.receipt.kind")).isEqualTo("NOTICE");
        assertThat(Json.list(submitted.at("application.receipt.missing")).stream()
                .map(m -> Json.string(m.path("materialCode"))).toList())
                .as("one notice lists all three at once: %s", submitted)
                .containsExactlyInAnyOrder("ID-DOC", "PREMISES-PROOF", "FOOD-SAFETY-RULES");
        // nothing to review yet
        assertThat(lifecycle.reviewCase(caseNumber).status()).isEqualTo(404);

        Reply supplemented = gateway.post(Gateway.CLERK, "/api/intake/v1/applications/" + caseNumber + "/supplements",
                Map.of("materials", List.of(
                        Submissions.material("ID-DOC", true, false),
                        Submissions.material("PREMISES-PROOF", true, false),
                        Submissions.material("FOOD-SAFETY-RULES", true, false))));
        assertThat(supplemented.status()).as("intake: %s", supplemented).isIn(200, 201);
        assertThat(supplemented.string("status")).as("intake: %s", supplemented).isIn("ACCEPTED", "IN_REVIEW");
        assertThat(supplemented.string("receipt.kind")).isEqualTo("ACCEPTANCE");
        assertThat(supplemented.string("caseNumber")).as("the case number from submission stays").isEqualTo(caseNumber);

        assertThat(Json.string(lifecycle.awaitReviewCase(caseNumber).path("status"))).isEqualTo("OPEN");
    }
}

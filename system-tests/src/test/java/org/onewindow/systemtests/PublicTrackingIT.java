package org.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.onewindow.systemtests.support.Gateway;
import org.onewindow.systemtests.support.Reply;
import org.onewindow.systemtests.support.ResidentIds;
import org.onewindow.systemtests.support.StackTest;
import org.onewindow.systemtests.support.Submissions;

/** 办件查询 without a token: case number + query code show the status, and nothing personal. */
@Order(5)
class PublicTrackingIT extends StackTest {


    @Test
    void tracking_shows_the_status_without_personal_data_and_refuses_a_wrong_code() {
        String idNumber = ResidentIds.withCheck("44030619751231" + "907");
        Reply submitted = lifecycle.submit(Gateway.CLERK, Submissions.of(Submissions.BIZ_LICENCE_REG)
                .applicant("王小明", idNumber, "13987654321"));
        String caseNumber = submitted.string("application.caseNumber");
        String queryCode = submitted.string("queryCode");

        Reply tracked = gateway.anonymous("GET", "/api/intake/v1/tracking/" + caseNumber + "?queryCode=" + queryCode, null);
        assertThat(tracked.status()).as("intake: %s", tracked).isEqualTo(200);
        assertThat(tracked.string("caseNumber")).isEqualTo(caseNumber);
        assertThat(tracked.string("status")).isIn("ACCEPTED", "IN_REVIEW");
        assertThat(tracked.string("itemName")).isNotBlank();
        assertThat(tracked.text())
                .as("no resident ID digits, name or phone in %s", tracked)
                .doesNotContain(idNumber)
                .doesNotContain("440306")
                .doesNotContain("19751231")
                .doesNotContain("王小明")
                .doesNotContain("13987654321");

        Reply wrongCode = gateway.anonymous("GET", "/api/intake/v1/tracking/" + caseNumber + "?queryCode=WRONG000", null);
        assertThat(wrongCode.status()).as("intake: %s", wrongCode).isEqualTo(404);
        assertThat(wrongCode.isProblem()).isTrue();
        Reply unknownCase = gateway.anonymous("GET", "/api/intake/v1/tracking/C-CITY-01-19990101-999999?queryCode=" + queryCode, null);
        assertThat(unknownCase.status()).as("a wrong code and an unknown case look the same %s", unknownCase).isEqualTo(404);
    }
}

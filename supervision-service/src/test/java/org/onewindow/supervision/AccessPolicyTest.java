package org.onewindow.supervision;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.Outcome;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.access.AccessPolicyContract;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Issue 9's access checks of this service ({@link AccessPolicyContract}): every endpoint is an operation of the
 * policy table and has rows in the authorization matrix, and those rows answer as the matrix expects. Same context
 * as {@link OpenApiBaselineTest}, so it costs no extra start.
 *
 * <p>The scope rows name {@code {market-record}}: the supervision record of an approval MARKET supervises, pushed
 * here as review's decision would push it.
 */
@OneWindowTest(properties = "onewindow.supervision.escalation.enabled=false")
@AutoConfigureMockMvc
class AccessPolicyTest extends AccessPolicyContract {

    @Override
    protected Map<String, String> fixtures() {
        String caseNumber = "C-CITY-01-MATRIX-" + UUID.randomUUID().toString().substring(0, 8);
        publish(new DecisionMade(caseNumber, "BIZ-LICENCE-REG", 1, "营业执照办理（企业设立登记）", Outcome.APPROVED,
                "YZ-" + caseNumber, OffsetDateTime.now().toLocalDate(), null, List.of(), OffsetDateTime.now(), "MARKET",
                "MARKET", "张三", "1101**********001X", List.of("reviewer.market", "checker.market"), "applicant"));
        awaitCount(1, "select count(*) from supervision_records where case_number = ?", caseNumber);
        return Map.of("market-record", queryOne("select id::text from supervision_records where case_number = ?",
                caseNumber));
    }
}

package org.onewindow.rating;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.platform.messaging.TopicNames;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.access.AccessPolicyContract;
import org.onewindow.platform.test.access.MatrixCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9's access checks of this service ({@link AccessPolicyContract}): every endpoint is an operation of the
 * policy table and has rows in the authorization matrix, and those rows answer as the matrix expects. Same context
 * as {@link OpenApiBaselineTest}, so it costs no extra start.
 *
 * <p>The scope rows name {@code {market-case}}: a case accepted at the demo clerk's centre {@code C-CITY-01} for the
 * demo {@code applicant}, implemented by MARKET, made here as intake's acceptance would announce it (through the
 * gateway, system-tests' AuthorizationMatrixIT makes it through the stack).
 */
@OneWindowTest
@AutoConfigureMockMvc
class AccessPolicyTest extends AccessPolicyContract {

    @Autowired
    TopicNames topics;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected Map<String, String> fixtures() {
        String caseNumber = MatrixCases.caseNumber("C-CITY-01");
        KafkaTestSupport.publish(topics.topicOf(ApplicationAccepted.class),
                MatrixCases.accepted(caseNumber, 1, "C-CITY-01", "clerk"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM rated_case WHERE case_number = ?").param(caseNumber).query(Long.class).single() == 1);
        return Map.of("market-case", caseNumber);
    }
}

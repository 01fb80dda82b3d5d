package org.onewindow.intake;

import java.util.Map;

import org.onewindow.platform.messaging.TopicNames;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.access.AccessPolicyContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Issue 9's access checks of this service ({@link AccessPolicyContract}): every endpoint is an operation of the
 * policy table and has rows in the authorization matrix, and those rows answer as the matrix expects. Same context
 * as {@link OpenApiBaselineTest}, so it costs no extra start.
 * <p>
 * The scope rows name two real cases: {@code {city-case}}, submitted by the demo clerk at C-CITY-01 for the demo
 * applicant, and {@code {town-case}}, submitted by the demo town clerk at C-TOWN-01 (an item delegated to towns);
 * review opened both with a task of MARKET.
 */
@OneWindowTest
@AutoConfigureMockMvc
class AccessPolicyTest extends AccessPolicyContract {

    @Autowired
    TopicNames topics;

    @Override
    protected Map<String, String> fixtures() throws Exception {
        ScopeFixtures cases = new ScopeFixtures(mvc, topics, jdbc());
        cases.catalogPublished();
        String city = cases.submittedBy(ScopeFixtures.clerk("clerk", ScopeFixtures.CITY));
        String town = cases.submittedBy(ScopeFixtures.clerk("town-clerk", ScopeFixtures.TOWN));
        cases.reviewOpened(city, "MARKET");
        cases.reviewOpened(town, "MARKET");
        return Map.of("city-case", city, "town-case", town);
    }
}

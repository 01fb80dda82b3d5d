package org.onewindow.rating;

import java.util.Map;

import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.access.AccessPolicyContract;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

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

    @Override
    protected Map<String, String> fixtures() {
        return Map.of("market-case", acceptedCase("C-CITY-01", "clerk", 1,
                "SELECT count(*) FROM rated_case WHERE case_number = ?"));
    }
}

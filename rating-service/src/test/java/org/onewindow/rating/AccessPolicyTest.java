package org.onewindow.rating;

import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.access.AccessPolicyContract;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Issue 9's access checks of this service ({@link AccessPolicyContract}): every endpoint is an operation of the
 * policy table and has rows in the authorization matrix, and those rows answer as the matrix expects. Same context
 * as {@link OpenApiBaselineTest}, so it costs no extra start.
 */
@OneWindowTest
@AutoConfigureMockMvc
class AccessPolicyTest extends AccessPolicyContract {
}

package org.onewindow.supervision;

import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.compatibility.OpenApiBaselineContract;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The compatibility gate of this service's HTTP API (the test is {@link OpenApiBaselineContract}'s). Its own
 * context: the module's other integration tests add a test clock, which the document does not depend on.
 */
@OneWindowTest(properties = "onewindow.supervision.escalation.enabled=false")
@AutoConfigureMockMvc
class OpenApiBaselineTest extends OpenApiBaselineContract {
}

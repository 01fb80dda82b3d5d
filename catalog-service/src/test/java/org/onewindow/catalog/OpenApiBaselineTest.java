package org.onewindow.catalog;

import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.compatibility.OpenApiBaselineContract;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The compatibility gate of this service's HTTP API (the test is {@link OpenApiBaselineContract}'s). Same context as the module's other integration tests, so it costs no extra start.
 */
@OneWindowTest(properties = "onewindow.demo-data=true")
@AutoConfigureMockMvc
class OpenApiBaselineTest extends OpenApiBaselineContract {
}

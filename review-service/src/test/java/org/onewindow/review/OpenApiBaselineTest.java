package org.onewindow.review;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.compatibility.Baseline;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The compatibility gate of this service's HTTP API: the OpenAPI document it serves against the baseline committed
 * in src/test/resources/compatibility/openapi.json. A breaking change fails here until it is accepted on purpose and
 * recorded in docs/changelog.md (docs/architecture.md, "Compatibility gate"). Same context as the module's other
 * integration tests, so it costs no extra start.
 */
@OneWindowTest(properties = "onewindow.review.warnings.enabled=false")
@AutoConfigureMockMvc
class OpenApiBaselineTest {

    @Autowired
    MockMvc mvc;

    @Test
    void the_api_integrators_see_changes_only_on_purpose() throws Exception {
        String document = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Baseline.verifyOpenApi(OpenApiBaselineTest.class, document);
    }
}

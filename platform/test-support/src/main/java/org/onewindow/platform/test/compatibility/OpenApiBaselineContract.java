package org.onewindow.platform.test.compatibility;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The compatibility gate of a service's HTTP API: the OpenAPI document it serves at /v3/api-docs against the
 * baseline committed in the module's src/test/resources/compatibility/openapi.json (see {@link Baseline}). A
 * breaking change fails here until it is accepted on purpose and recorded in docs/changelog.md
 * (docs/architecture.md, "Compatibility gate"). Each service extends it with a class that carries only its context
 * annotations ({@code @OneWindowTest}, {@code @AutoConfigureMockMvc}), the same as the module's other integration
 * tests where it can, so the gate costs no extra context start.
 */
public abstract class OpenApiBaselineContract {

    @Autowired
    MockMvc mvc;

    @Test
    void the_api_integrators_see_changes_only_on_purpose() throws Exception {
        String document = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Baseline.verifyOpenApi(getClass(), document);
    }
}

package org.onewindow.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.web.testapp.WebTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** API docs, probes and metrics: reachable without a token, shaped as the platform promises. */
@OneWindowTest(classes = WebTestApplication.class)
@AutoConfigureMockMvc
class OperationsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void open_api_document_carries_bearer_scheme_problem_schema_and_paging() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("web-test"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer-jwt.scheme").value("bearer"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer-jwt.bearerFormat").value("JWT"))
                .andExpect(jsonPath("$.security[0].bearer-jwt").isArray())
                .andExpect(jsonPath("$.components.schemas.Problem.properties.title_zh").exists())
                .andExpect(jsonPath("$.components.schemas.Problem.properties.errors").exists())
                .andExpect(jsonPath("$.paths['/things'].get.parameters[*].name", hasItems("page", "size")));
    }

    @Test
    void open_api_server_is_relative_so_swagger_ui_behind_the_gateway_calls_the_gateway() throws Exception {
        mvc.perform(get("/v3/api-docs").header("Host", "127.0.0.1:8081"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.servers.length()").value(1))
                .andExpect(jsonPath("$.servers[0].url").value("/"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer-jwt.description",
                        org.hamcrest.Matchers.containsString("/auth/token")));
    }

    @Test
    void swagger_ui_is_served() throws Exception {
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
    }

    @Test
    void probes_and_metrics_are_exposed() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.kafka.status").value("UP"))
                .andExpect(jsonPath("$.components.kafka.details").doesNotExist());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }
}

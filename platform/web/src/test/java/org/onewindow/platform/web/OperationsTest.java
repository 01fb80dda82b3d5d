package org.onewindow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.web.testapp.TestController;
import org.onewindow.platform.web.testapp.WebTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * API docs, probes and metrics: reachable without a token, shaped as the platform promises; and an instance that is
 * not ready answers nothing but its probes.
 */
@OneWindowTest(classes = WebTestApplication.class)
@AutoConfigureMockMvc
class OperationsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestController things;

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

    @Test
    void an_instance_that_is_not_ready_refuses_requests_with_a_retryable_503_and_runs_nothing() throws Exception {
        int before = things.creations();
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            mvc.perform(post("/things").header("Authorization", Requests.CLERK).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"early\",\"applicant\":{\"name\":\"张三\"}}"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "1"))
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.status").value(503))
                    .andExpect(jsonPath("$.detail", containsString("starting or stopping")));
            mvc.perform(get("/things").header("Authorization", Requests.CLERK))
                    .andExpect(status().isServiceUnavailable());
            assertThat(things.creations()).as("the refused POST never reached its controller").isEqualTo(before);
            // the probes still answer: they are how a balancer learns the state
            mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
            mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        mvc.perform(get("/things").header("Authorization", Requests.CLERK)).andExpect(status().isOk());
    }
}

package org.onewindow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.web.testapp.WebTestApplication;
import org.onewindow.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@OneWindowTest(classes = WebTestApplication.class)
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class ProblemDetailsTest {

    private static final String PROBLEMS = "https://onewindow.org/problems/";

    @Autowired
    MockMvc mvc;

    private ResultActions call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.header("Authorization", Requests.CLERK));
    }

    private static ResultActions problem(ResultActions result, int status, String type) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + type))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.title_zh").isNotEmpty())
                .andExpect(jsonPath("$.errors").isArray());
    }

    @Test
    void bean_validation_names_the_json_path_and_the_constraint() throws Exception {
        problem(call(post("/things").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"ok\",\"applicant\":{\"name\":\" \",\"residentId\":\"11010519491231002X\"}}")),
                400, "validation-failed")
                .andExpect(jsonPath("$.title_zh").value("请求参数校验未通过"))
                .andExpect(jsonPath("$.instance").value("/things"))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("applicant.name"))
                .andExpect(jsonPath("$.errors[0].rule").value("NotBlank"))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }

    @Test
    void malformed_json_is_a_problem_not_a_500() throws Exception {
        problem(call(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\": ")),
                400, "malformed-body")
                .andExpect(jsonPath("$.errors[0].rule").value("json-syntax"));
    }

    @Test
    void wrong_type_in_the_body_names_the_field() throws Exception {
        problem(call(post("/things").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"x\",\"applicant\":[1,2]}")), 400, "malformed-body")
                .andExpect(jsonPath("$.errors[0].field").value("applicant"))
                .andExpect(jsonPath("$.errors[0].rule").value("type-mismatch"));
    }

    @Test
    void path_parameter_of_the_wrong_type() throws Exception {
        problem(call(get("/things/not-a-uuid")), 400, "type-mismatch")
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].rule").value("type-mismatch"));
    }

    @Test
    void missing_query_parameter_and_header() throws Exception {
        problem(call(get("/search")), 400, "missing-parameter")
                .andExpect(jsonPath("$.errors[0].field").value("limit"))
                .andExpect(jsonPath("$.errors[0].rule").value("required"));
        problem(call(get("/centre")), 400, "missing-header")
                .andExpect(jsonPath("$.errors[0].field").value("X-Centre"));
    }

    @Test
    void constraint_on_a_query_parameter() throws Exception {
        problem(call(get("/search").param("limit", "0")), 400, "validation-failed")
                .andExpect(jsonPath("$.errors[0].field").value("limit"))
                .andExpect(jsonPath("$.errors[0].rule").value("Min"));
    }

    @Test
    void unsupported_media_type_and_method() throws Exception {
        problem(call(post("/things").contentType(MediaType.TEXT_PLAIN).content("x")), 415,
                "unsupported-media-type");
        problem(call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/things")), 405,
                "method-not-allowed")
                .andExpect(header().exists("Allow"));
    }

    @Test
    void rule_violation_is_422_typed_by_the_first_rule() throws Exception {
        problem(call(get("/errors/rule")), 422, "resident-id.check-character")
                .andExpect(jsonPath("$.title_zh").value("不符合业务规则"))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].field").value("applicant.residentId"))
                .andExpect(jsonPath("$.errors[0].rule").value("resident-id.check-character"))
                .andExpect(jsonPath("$.errors[1].rule").value("catalog.item-not-published"));
    }

    @Test
    void domain_exceptions() throws Exception {
        problem(call(get("/errors/conflict")), 409, "task.not-open")
                .andExpect(jsonPath("$.detail").value(containsString("COMPLETED")));
        problem(call(get("/things/7f0e3c1a-4a43-4f1e-9d53-2b7a4f0f7a11")), 404, "not-found")
                .andExpect(jsonPath("$.detail").value("thing 7f0e3c1a-4a43-4f1e-9d53-2b7a4f0f7a11 not found"));
        problem(call(get("/errors/not-permitted")), 403, "two-person-review");
    }

    @Test
    void if_match_missing_stale_and_current() throws Exception {
        String id = "/things/7f0e3c1a-4a43-4f1e-9d53-2b7a4f0f7a11";
        problem(call(put(id)), 428, "precondition-required")
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        problem(call(put(id).header("If-Match", "\"v2\"")), 412, "precondition-failed")
                .andExpect(header().string("ETag", "\"v3\""));
        call(put(id).header("If-Match", "\"v3\"")).andExpect(status().isOk());
        problem(call(get("/errors/optimistic")), 412, "precondition-failed");
    }

    @Test
    void database_that_cannot_take_the_request_is_503_with_retry_after_not_500() throws Exception {
        problem(call(get("/errors/database-away")), 503, "service-unavailable")
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.detail").value(containsString("nothing was changed")))
                .andExpect(content().string(not(containsString("127.0.0.1:1"))));
    }

    @Test
    void duplicate_key_is_409_without_sql_details() throws Exception {
        problem(call(get("/errors/duplicate")), 409, "duplicate")
                .andExpect(jsonPath("$.detail").value(not(containsString("thing_name_key"))));
    }

    @Test
    void unexpected_error_is_500_leaks_nothing_and_is_logged_under_its_trace_id(CapturedOutput output) throws Exception {
        String body = problem(call(get("/errors/boom")), 500, "internal-error")
                .andExpect(jsonPath("$.traceId").isNotEmpty())
                .andExpect(jsonPath("$.detail").value(containsString("trace id")))
                .andExpect(content().string(not(containsString("hunter2"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(not(containsString("at org."))))
                .andReturn().getResponse().getContentAsString();
        String traceId = JsonPath.read(body, "$.traceId");
        assertThat(output.getOut()).contains("unexpected error on GET /errors/boom [traceId=" + traceId + "]");
    }

    @Test
    void unknown_path_is_404_problem() throws Exception {
        problem(call(get("/nothing/here")), 404, "not-found");
    }

    @Test
    void security_errors_have_the_same_shape() throws Exception {
        problem(mvc.perform(get("/things")), 401, "unauthenticated")
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")));
        problem(call(get("/admin")), 403, "forbidden")
                .andExpect(jsonPath("$.detail").value(not(nullValue())));
        mvc.perform(get("/admin").header("Authorization",
                TestTokens.bearer("admin-1", Set.of("CATALOG_ADMIN"), null, null)))
                .andExpect(status().isOk());
    }
}

package org.onewindow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.web.headers.SecurityHeadersFilter;
import org.onewindow.platform.web.testapp.WebTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Security headers on HTML pages, on API answers, on refusals; no-store on every credentialed answer. */
@OneWindowTest(classes = WebTestApplication.class)
@AutoConfigureMockMvc
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Test
    void an_html_page_forbids_inline_scripts_and_framing_and_sniffing() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/page").header("Authorization", Requests.CLERK))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertSecurityHeaders(page);
        String csp = page.getHeader("Content-Security-Policy");
        assertThat(csp).contains("frame-ancestors 'none'").contains("script-src 'self'")
                .contains("object-src 'none'").contains("base-uri 'none'");
        assertThat(csp.split(";")).filteredOn(d -> d.strip().startsWith("script-src"))
                .singleElement().asString().doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    @Test
    void swagger_ui_carries_the_same_policy() throws Exception {
        MockHttpServletResponse ui = mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse();

        assertThat(ui.getStatus()).isEqualTo(200);
        assertSecurityHeaders(ui);
    }

    @Test
    void every_credentialed_answer_is_no_store_even_where_the_controller_said_cacheable() throws Exception {
        mvc.perform(get("/cacheable").header("Authorization", Requests.CLERK))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"));
        MockHttpServletResponse list = mvc.perform(get("/things").header("Authorization", Requests.CLERK))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertSecurityHeaders(list);
        assertThat(list.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void refusals_carry_the_headers_too() throws Exception {
        MockHttpServletResponse refused = mvc.perform(post("/filings").header("Authorization", Requests.CLERK)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"a\\u0000\"}"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse();
        assertSecurityHeaders(refused);
        assertThat(refused.getHeader("Cache-Control")).contains("no-store");

        MockHttpServletResponse unauthenticated = mvc.perform(get("/things")).andExpect(status().isUnauthorized())
                .andReturn().getResponse();
        assertSecurityHeaders(unauthenticated);
    }

    @Test
    void public_answers_carry_the_headers() throws Exception {
        MockHttpServletResponse docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn()
                .getResponse();
        assertSecurityHeaders(docs);
    }

    private static void assertSecurityHeaders(MockHttpServletResponse response) {
        assertThat(response.getHeaders("Content-Security-Policy"))
                .containsExactly(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
        assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.getHeaders("Referrer-Policy")).containsExactly("no-referrer");
    }
}

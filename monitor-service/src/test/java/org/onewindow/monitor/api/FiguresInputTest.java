package org.onewindow.monitor.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.monitor.support.MonitorTest;
import org.onewindow.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Bad query parameters of the figures answer RFC 9457 problems naming the parameter and the rule, never a 500. */
@MonitorTest
class FiguresInputTest {

    static final String MONITOR = TestTokens.bearer("monitor-1", Set.of("MONITOR"), null, null);

    @Autowired MockMvc mvc;

    @Test
    void an_unknown_grouping_is_a_bad_request() throws Exception {
        badRequest("/api/monitor/v1/cases", "by", "PLANET");
    }

    @Test
    void a_throughput_range_longer_than_a_week_by_hour_names_the_rule() throws Exception {
        badRequest("/api/monitor/v1/throughput", "granularity", "HOUR", "from", "2025-03-01", "to", "2025-03-31")
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].rule").value("throughput.range-too-long"));
    }

    @Test
    void a_range_that_ends_before_it_starts_names_the_rule() throws Exception {
        badRequest("/api/monitor/v1/throughput", "from", "2025-03-31", "to", "2025-03-01")
                .andExpect(jsonPath("$.errors[0].rule").value("throughput.from-after-to"));
    }

    @Test
    void a_date_that_is_not_a_date_is_a_bad_request() throws Exception {
        badRequest("/api/monitor/v1/throughput", "from", "yesterday");
    }

    @Test
    void an_unknown_alert_status_is_a_bad_request() throws Exception {
        badRequest("/api/monitor/v1/alerts", "status", "SLEEPING");
    }

    /** A MONITOR's GET with these query parameters (name, value, ...): 400 as an RFC 9457 problem. */
    private ResultActions badRequest(String path, String... params) throws Exception {
        MockHttpServletRequestBuilder request = get(path).header("Authorization", MONITOR);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}

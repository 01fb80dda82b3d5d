package org.onewindow.supervision.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.security.DemoUser;
import org.onewindow.platform.security.DemoUsers;
import org.onewindow.platform.security.Role;
import org.onewindow.platform.test.TestTokens;
import org.onewindow.supervision.support.SupervisionIntegrationTest;
import org.springframework.http.MediaType;

/**
 * 审管分离 (invariant 6) held against one person with both roles: the demo user {@code reviewer.supervisor.market}
 * (REVIEWER and SUPERVISOR of MARKET) reviewed the case, so review's decision names them among its participants,
 * and their SUPERVISOR role does not let them claim, act on or inspect its record.
 */
class SeparationOfDutiesTest extends SupervisionIntegrationTest {

    private static final String RECORDS = "/api/supervision/v1/records/";
    private static final DemoUser BOTH = DemoUsers.load().find("reviewer.supervisor.market").orElseThrow();

    private static String token(DemoUser user) {
        Set<String> roles = user.roles().stream().map(Role::name).collect(Collectors.toSet());
        return TestTokens.bearer(user.username(), roles, user.department(), user.centre());
    }

    @Test
    void the_demo_user_holds_both_roles_in_the_supervising_department() {
        assertThat(BOTH.roles()).contains(Role.REVIEWER, Role.SUPERVISOR);
        assertThat(BOTH.department()).isEqualTo(DEPARTMENT);
    }

    @Test
    void who_reviewed_the_case_is_refused_its_supervision_record_although_a_supervisor_of_the_department()
            throws Exception {
        // the decision of a case they gave the REVIEW opinion on (review lists the REVIEW and CHECK users)
        String id = pushedRecord(newCaseNumber("SOD2"), List.of(BOTH.username(), "checker.market"));

        mvc.perform(post(RECORDS + id + "/claim").header("Authorization", token(BOTH)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", endsWith("supervision.separation-of-duties")))
                .andExpect(jsonPath("$.errors[0].rule").value("supervision.separation-of-duties"));
        mvc.perform(get(RECORDS + id).header("Authorization", monitor()))
                .andExpect(jsonPath("$.status").value("PUSHED"));

        mvc.perform(post(RECORDS + id + "/claim").header("Authorization", supervisor("supervisor.market")))
                .andExpect(status().isOk());
        mvc.perform(post(RECORDS + id + "/inspections").header("Authorization", token(BOTH))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"result\":\"COMPLIANT\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", endsWith("supervision.separation-of-duties")));
        mvc.perform(post(RECORDS + id + "/actions").header("Authorization", token(BOTH))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"RECTIFY\",\"reason\":\"台账不全\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", endsWith("supervision.separation-of-duties")));
    }

    @Test
    void the_same_user_may_supervise_a_case_they_did_not_handle() throws Exception {
        String id = pushedRecord(newCaseNumber("SOD3"), List.of("reviewer.market", "checker.market"));

        mvc.perform(post(RECORDS + id + "/claim").header("Authorization", token(BOTH)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.claimedBy").value(BOTH.username()));
    }
}

package org.onewindow.rating.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.TestTokens;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9's scopes in rating (docs/security.md, "Scopes"), per role, own against other: a rated case, its rating,
 * the rating's rectification and the lists of ratings and rectifications are reached by the clerks of the case's
 * centre, the staff of its implementing department, a SYSTEM client whose {@code departments} claim names that
 * department, MONITOR and its applicant; anyone else gets 404 for the single resource and an empty list.
 */
class RatingScopesIntegrationTest extends RatingApiTest {

    record Caller(String name, String bearer, boolean reaches) {
    }

    @Test
    void each_role_reaches_the_ratings_of_its_own_centre_department_claim_or_case_and_nothing_else() throws Exception {
        String department = newDepartment("DEPT-S");
        String caseNumber = deliveredCase(department);
        String applicant = applicantOf(caseNumber);
        JsonNode rating = rated(applicant, caseNumber, "COMPLETION", "VERY_DISSATISFIED", "等了很久");
        String ratingId = rating.get("ratingId").asString();
        String rectificationId = rating.get("rectificationId").asString();

        List<Caller> callers = List.of(
                new Caller("the applicant", token(applicant), true),
                new Caller("another applicant", token("applicant-other"), false),
                new Caller("clerk of the case's centre", staff("WINDOW_CLERK", null, "C-CITY-01"), true),
                new Caller("clerk of another centre", staff("WINDOW_CLERK", null, "C-TOWN-01"), false),
                new Caller("reviewer of the department", staff("REVIEWER", department, null), true),
                new Caller("reviewer of another department", staff("REVIEWER", "HEALTH", null), false),
                new Caller("checker of the department", staff("CHECKER", department, null), true),
                new Caller("checker of another department", staff("CHECKER", "HEALTH", null), false),
                new Caller("supervisor of the department", staff("SUPERVISOR", department, null), true),
                new Caller("supervisor of another department", staff("SUPERVISOR", "HEALTH", null), false),
                new Caller("system claiming the department", system(List.of("HEALTH", department)), true),
                new Caller("system claiming another department", system(List.of("HEALTH")), false),
                new Caller("system without a departments claim", system(null), false),
                new Caller("monitor", staff("MONITOR", null, null), true));

        List<String> wrong = new ArrayList<>();
        for (Caller caller : callers) {
            int single = caller.reaches() ? 200 : 404;
            int listed = caller.reaches() ? 1 : 0;
            expect(wrong, caller, "/api/rating/v1/cases/" + caseNumber, single, null);
            expect(wrong, caller, "/api/rating/v1/ratings/" + ratingId, single, null);
            expect(wrong, caller, "/api/rating/v1/ratings/" + ratingId + "/rectification", single, null);
            expect(wrong, caller, "/api/rating/v1/ratings?caseNumber=" + caseNumber, 200, listed);
            if (!caller.name().contains("applicant")) { // applicants hold no rectification.read at all (403)
                expect(wrong, caller, "/api/rating/v1/rectifications/" + rectificationId, single, null);
                expect(wrong, caller, "/api/rating/v1/rectifications?size=100&department=" + department, 200, listed);
            }
        }
        assertThat(wrong).as("scope answers that differ from the expected").isEmpty();
    }

    @Test
    void monitor_reads_a_rated_case_with_the_raters_ids_masked_and_the_services_lines_named() throws Exception {
        String caseNumber = deliveredCase("MARKET");
        String applicant = applicantOf(caseNumber);
        rated(applicant, caseNumber, "COMPLETION", "SATISFIED", null);

        String path = "/api/rating/v1/cases/" + caseNumber;
        mvc.perform(get(path).header("Authorization", staff("MONITOR", null, null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.audit[0].role").value("SYSTEM"))
                .andExpect(jsonPath("$.audit[0].userId").value("SYSTEM"))
                .andExpect(jsonPath("$.audit[1].action").value("RATED"))
                .andExpect(jsonPath("$.audit[1].userId").value("a***"));
        mvc.perform(get(path).header("Authorization", staff("SUPERVISOR", "MARKET", null)))
                .andExpect(jsonPath("$.audit[1].userId").value(applicant));
        mvc.perform(get(path).header("Authorization", staff("WINDOW_CLERK", null, "C-CITY-01")))
                .andExpect(jsonPath("$.audit[1].userId").value("a***"));
    }

    private void expect(List<String> wrong, Caller caller, String path, int status, Integer totalItems)
            throws Exception {
        MvcResult result = mvc.perform(get(path).header("Authorization", caller.bearer())).andReturn();
        int answered = result.getResponse().getStatus();
        if (answered != status) {
            wrong.add(caller.name() + " GET " + path + ": " + answered + ", expected " + status);
            return;
        }
        if (totalItems != null) {
            long total = JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .get("totalItems").asLong();
            if (total != totalItems) {
                wrong.add(caller.name() + " GET " + path + ": " + total + " items, expected " + totalItems);
            }
        }
    }

    private static String staff(String role, String department, String centre) {
        return TestTokens.bearer(role.toLowerCase() + "-" + (department == null ? centre : department), Set.of(role),
                department, centre);
    }

    /** A SYSTEM client allowed to call rating, with the {@code departments} claim (none when null). */
    private static String system(List<String> departments) {
        Map<String, Object> claims = departments == null ? Map.of("services", List.of("rating"))
                : Map.of("services", List.of("rating"), "departments", departments);
        return "Bearer " + TestTokens.token("svc-" + (departments == null ? "none" : String.join("-", departments)),
                "对接系统", Set.of("SYSTEM"), null, null, claims);
    }
}

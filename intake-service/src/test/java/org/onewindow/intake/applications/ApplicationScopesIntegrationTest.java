package org.onewindow.intake.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.intake.IntakeIntegrationSupport;
import org.onewindow.intake.ScopeFixtures;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.TestTokens;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

/**
 * The data scopes of issue 9 on intake's real database: lists hold only the caller's cases (the scope is a condition
 * of the query), single reads and commands outside the scope are unknown cases, and the applicant's personal data
 * is whole only for the step that needs it.
 */
@OneWindowTest
@AutoConfigureMockMvc
class ApplicationScopesIntegrationTest extends IntakeIntegrationSupport {

    private static final String BASE = APPLICATIONS;
    private static final String CLERK = ScopeFixtures.clerk("clerk", ScopeFixtures.CITY);
    private static final String TOWN_CLERK = ScopeFixtures.clerk("town-clerk", ScopeFixtures.TOWN);

    private ScopeFixtures cases;

    @BeforeEach
    void catalogPublished() {
        cases = new ScopeFixtures(mvc, topics, jdbc);
        cases.catalogPublished();
    }

    private static String staff(String user, String role, String department) {
        return TestTokens.bearer(user, Set.of(role), department, null);
    }

    private static String system(String... departments) {
        return "Bearer " + TestTokens.token("client-1", "对接系统", Set.of("SYSTEM"), null, null,
                java.util.Map.of("services", List.of("intake"), "departments", List.of(departments)));
    }

    private JsonNode read(String bearer, String path) throws Exception {
        return json(mvc.perform(get(path).header("Authorization", bearer)).andExpect(status().isOk()));
    }

    /** The case numbers of the caller's list (all pages of 200). */
    private List<String> listed(String bearer) throws Exception {
        List<String> numbers = new ArrayList<>();
        read(bearer, BASE + "?size=200").get("items").forEach(item -> numbers.add(item.get("caseNumber").asString()));
        return numbers;
    }

    @Test
    void a_list_holds_only_the_cases_the_callers_scope_reaches() throws Exception {
        String city = cases.submittedBy(CLERK);
        String town = cases.submittedBy(TOWN_CLERK);
        cases.reviewOpened(city, "MARKET");

        assertThat(listed(CLERK)).as("city clerk: own centre and the town below (delegated)").contains(city, town);
        assertThat(listed(TOWN_CLERK)).as("town clerk: own centre only").contains(town).doesNotContain(city);
        assertThat(read(TOWN_CLERK, BASE + "?size=200").get("items")).allSatisfy(item ->
                assertThat(item.get("centreCode").asString()).isIn(ScopeFixtures.TOWN, ScopeFixtures.VILLAGE));
        assertThat(listed(staff("r-m", "REVIEWER", "MARKET"))).as("reviewer with a task").contains(city)
                .doesNotContain(town);
        assertThat(listed(staff("r-h", "REVIEWER", "HEALTH"))).as("reviewer without a task").doesNotContain(city, town);
        assertThat(listed(staff("s-m", "SUPERVISOR", "MARKET"))).contains(city);
        assertThat(listed(system("MARKET"))).as("system client of MARKET").contains(city).doesNotContain(town);
        assertThat(listed(system("HEALTH"))).as("system client of HEALTH").doesNotContain(city, town);
        assertThat(listed(staff("m", "MONITOR", null))).contains(city, town);
        assertThat(read(TOWN_CLERK, BASE + "?size=200&centre=" + ScopeFixtures.CITY).get("totalItems").asLong())
                .as("a filter on another centre finds nothing, not their cases").isZero();
    }

    @Test
    void personal_data_is_whole_for_the_clerk_and_the_reviewer_with_a_task_and_masked_for_the_others() throws Exception {
        String city = cases.submittedBy(CLERK);
        cases.reviewOpened(city, "MARKET");
        String path = BASE + "/" + city;

        for (String whole : List.of(CLERK, staff("r-m", "REVIEWER", "MARKET"), staff("c-m", "CHECKER", "MARKET"),
                TestTokens.bearer("applicant", Set.of("APPLICANT"), null, null))) {
            JsonNode view = read(whole, path);
            assertThat(view.get("applicant").get("idNumber").asString()).isEqualTo(ScopeFixtures.ID_NUMBER);
            assertThat(view.get("applicant").get("phone").asString()).isEqualTo(ScopeFixtures.PHONE);
            assertThat(view.get("applicant").get("name").asString()).isEqualTo("张三");
            assertThat(view.get("deliveryAddress").asString()).isEqualTo("浙江省杭州市西湖区文三路100号");
        }
        for (String masked : List.of(staff("m", "MONITOR", null), staff("s-m", "SUPERVISOR", "MARKET"),
                staff("i-m", "INSPECTOR", "MARKET"), system("MARKET"))) {
            JsonNode view = read(masked, path);
            assertThat(view.get("applicant").get("idNumber").isNull()).isTrue();
            assertThat(view.get("applicant").get("phone").isNull()).isTrue();
            assertThat(view.get("applicant").get("name").asString()).isEqualTo("张*");
            assertThat(view.get("applicant").get("maskedIdNumber").asString()).contains("*")
                    .doesNotContain(ScopeFixtures.ID_NUMBER);
            assertThat(view.get("deliveryAddress").asString()).startsWith("浙江省杭州市").doesNotContain("文三路100号");
        }
        JsonNode inList = read(staff("m", "MONITOR", null), BASE + "?size=200");
        inList.get("items").forEach(item -> assertThat(item.get("applicant").get("idNumber").isNull()).isTrue());
    }

    @Test
    void a_town_clerk_may_not_read_refuse_or_deliver_a_city_case_and_nothing_is_written() throws Exception {
        String city = cases.submittedBy(CLERK);
        String path = BASE + "/" + city;
        long trail = count("SELECT count(*) FROM audit_trail WHERE subject = ?", city);

        mvc.perform(get(path).header("Authorization", TOWN_CLERK)).andExpect(status().isNotFound());
        mvc.perform(post(path + "/refusal").header("Authorization", TOWN_CLERK).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reasons\":[{\"message\":\"材料不全\"}]}"))
                .andExpect(status().isNotFound());
        // the right ETag does not tell a stranger that the case exists either
        String etag = mvc.perform(get(path).header("Authorization", CLERK)).andReturn().getResponse().getHeader("ETag");
        mvc.perform(post(path + "/refusal").header("Authorization", TOWN_CLERK).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reasons\":[{\"message\":\"材料不全\"}]}"))
                .andExpect(status().isNotFound());
        mvc.perform(post(path + "/deliveries").header("Authorization", TOWN_CLERK).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isNotFound());
        mvc.perform(post(path + "/supplements").header("Authorization", TOWN_CLERK).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"materials\":[{\"code\":\"M1\",\"provided\":true}]}"))
                .andExpect(status().isNotFound());

        assertThat(count("SELECT count(*) FROM audit_trail WHERE subject = ?", city)).isEqualTo(trail);
        assertThat(statusOf(city)).isNotEqualTo("NOT_ACCEPTED");
    }

    @Test
    void a_clerk_submits_only_at_their_own_centre() throws Exception {
        String body = """
                {"itemCode":"%s","centreCode":"%s","applicant":{"kind":"PERSON","name":"张三","idNumber":"%s"},
                 "materials":[{"code":"M1","provided":true}],"delivery":{"method":"WINDOW_PICKUP"}}"""
                .formatted(ScopeFixtures.ITEM, ScopeFixtures.TOWN, ScopeFixtures.ID_NUMBER);

        mvc.perform(post(BASE).header("Authorization", CLERK).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].rule").value("intake.centre-not-yours"));
        mvc.perform(post(BASE).header("Authorization", TestTokens.bearer("clerk-x", Set.of("WINDOW_CLERK"), null, null))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
    }
}

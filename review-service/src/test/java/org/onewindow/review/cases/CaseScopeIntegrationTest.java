package org.onewindow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.contracts.catalog.CentreLevel;
import org.onewindow.contracts.catalog.Channel;
import org.onewindow.contracts.catalog.ItemVersionChanged;
import org.onewindow.contracts.catalog.Route;
import org.onewindow.contracts.catalog.ServiceCentreChanged;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.TestTokens;

/**
 * Reads of review follow the scope the policy table grants (docs/security.md, "Scopes"): a department's staff see the
 * cases in which their department has a task, a clerk the cases of their centre, a SYSTEM client those of the
 * departments its token names; a case outside answers 404 exactly as a case that does not exist.
 */
class CaseScopeIntegrationTest extends ReviewIntegrationSupport {

    /** The centre {@link ReviewIntegrationSupport#accepted} submits at. */
    private static final String CENTRE = "3301";

    @Test
    void department_staff_read_only_cases_in_which_their_department_has_a_task() throws Exception {
        String caseNumber = openCase("HEALTH", "FIRE");
        String taskId = taskOf(caseNumber, "HEALTH");

        read("/api/review/v1/cases/" + caseNumber, reviewer("r-h", "HEALTH")).andExpect(status().isOk());
        read("/api/review/v1/cases/" + caseNumber, checker("c-f", "FIRE")).andExpect(status().isOk());
        read("/api/review/v1/cases/" + caseNumber, staff("SUPERVISOR", "FIRE", null)).andExpect(status().isOk());
        read("/api/review/v1/tasks/" + taskId, reviewer("r-f", "FIRE")).andExpect(status().isOk());

        notFound("/api/review/v1/cases/" + caseNumber, reviewer("r-m", "MARKET"), caseNumber);
        notFound("/api/review/v1/cases/" + caseNumber, staff("SUPERVISOR", "MARKET", null), caseNumber);
        notFound("/api/review/v1/tasks/" + taskId, checker("c-m", "MARKET"), taskId);
        notFound("/api/review/v1/cases/" + caseNumber + "/pauses/00000000-0000-0000-0000-000000000001",
                reviewer("r-m", "MARKET"), caseNumber);
        // the same answer as for a case that does not exist: its existence is not disclosed
        notFound("/api/review/v1/cases/NO-SUCH-CASE-9", reviewer("r-m", "MARKET"), "NO-SUCH-CASE-9");
    }

    @Test
    void a_clerk_reads_the_cases_of_their_centre_only() throws Exception {
        String caseNumber = openCase("MARKET");
        String taskId = taskOf(caseNumber, "MARKET");

        read("/api/review/v1/cases/" + caseNumber, staff("WINDOW_CLERK", null, CENTRE)).andExpect(status().isOk());
        read("/api/review/v1/tasks/" + taskId, staff("WINDOW_CLERK", null, CENTRE)).andExpect(status().isOk());
        notFound("/api/review/v1/cases/" + caseNumber, staff("WINDOW_CLERK", null, "C-TOWN-01"), caseNumber);
        notFound("/api/review/v1/tasks/" + taskId, staff("WINDOW_CLERK", null, "C-TOWN-01"), taskId);
        notFound("/api/review/v1/cases/" + caseNumber, staff("WINDOW_CLERK", null, null), caseNumber);
        assertThat(jdbc.sql("SELECT centre_code FROM case_centre WHERE case_number = ?").param(caseNumber)
                .query(String.class).single()).isEqualTo(CENTRE);
    }

    @Test
    void a_system_client_is_narrowed_by_the_departments_of_its_token_and_a_monitor_reads_everything()
            throws Exception {
        String caseNumber = openCase("HEALTH");

        read("/api/review/v1/cases/" + caseNumber, system(Map.of("departments", List.of("HEALTH", "FIRE"))))
                .andExpect(status().isOk());
        notFound("/api/review/v1/cases/" + caseNumber, system(Map.of("departments", List.of("MARKET"))), caseNumber);
        notFound("/api/review/v1/cases/" + caseNumber, system(Map.of("departments", List.of())), caseNumber);
        // no claim names no department (platform SystemClaims): least privilege, as in intake
        notFound("/api/review/v1/cases/" + caseNumber, system(Map.of()), caseNumber);
        read("/api/review/v1/cases/" + caseNumber, staff("MONITOR", null, null)).andExpect(status().isOk());
    }

    @Test
    void the_audit_trail_names_the_authenticated_principal_next_to_the_actor() throws Exception {
        String caseNumber = openCase("MARKET");
        String taskId = taskOf(caseNumber, "MARKET");
        opinion(taskId, reviewer("r-p", "MARKET"), "REVIEW", "APPROVE", null).andExpect(status().isCreated());

        read("/api/review/v1/cases/" + caseNumber, reviewer("r-any", "MARKET"))
                .andExpect(jsonPath("$.audit[0].principal").value("system:review"))
                .andExpect(jsonPath("$.audit[1].userId").value("r-p"))
                .andExpect(jsonPath("$.audit[1].principal").value("r-p"))
                .andExpect(jsonPath("$.audit[1].onBehalfOf").isEmpty());
    }

    @Test
    void a_city_clerk_reads_a_case_submitted_below_only_where_the_item_is_delegated_to_that_centre() throws Exception {
        String n = java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String city = "CITY-" + n;
        String town = "TOWN-" + n;
        String village = "VIL-" + n;
        String otherTown = "TOWN2-" + n;
        centre(city, null, CentreLevel.CITY);
        centre(town, city, CentreLevel.TOWN);
        centre(village, town, CentreLevel.VILLAGE);
        centre(otherTown, "CITY2-" + n, CentreLevel.TOWN);
        // delegated to every town, to the villages not at all; the other item nowhere below the city
        String delegated = "ITEM-D-" + n;
        String cityOnly = "ITEM-C-" + n;
        item(delegated, List.of(new ItemVersionChanged.Delegation(CentreLevel.TOWN,
                ItemVersionChanged.DelegationMode.DELEGATED, List.of()), new ItemVersionChanged.Delegation(
                CentreLevel.VILLAGE, ItemVersionChanged.DelegationMode.NONE, List.of())));
        item(cityOnly, List.of());
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> jdbc.sql(
                "SELECT count(*) FROM service_centre WHERE code IN (?, ?, ?, ?)").params(city, town, village, otherTown)
                .query(Long.class).single() == 4 && jdbc.sql(
                "SELECT count(*) FROM item_handling WHERE item_code IN (?, ?)").params(delegated, cityOnly)
                .query(Long.class).single() == 2);

        String atTown = openAt(town, delegated);
        String atVillage = openAt(village, delegated);
        String atOtherTown = openAt(otherTown, delegated);
        String notDelegated = openAt(town, cityOnly);
        String cityClerk = staff("WINDOW_CLERK", null, city);

        read("/api/review/v1/cases/" + atTown, cityClerk).andExpect(status().isOk());
        read("/api/review/v1/tasks/" + taskOf(atTown, "MARKET"), cityClerk).andExpect(status().isOk());
        read("/api/review/v1/cases/" + atTown, staff("WINDOW_CLERK", null, town)).andExpect(status().isOk());
        notFound("/api/review/v1/cases/" + atVillage, cityClerk, atVillage);
        notFound("/api/review/v1/cases/" + atVillage, staff("WINDOW_CLERK", null, town), atVillage);
        notFound("/api/review/v1/cases/" + atOtherTown, cityClerk, atOtherTown);
        notFound("/api/review/v1/cases/" + notDelegated, cityClerk, notDelegated);
        // below is not above: the town clerk does not read the city's cases
        String atCity = openAt(city, delegated);
        read("/api/review/v1/cases/" + atCity, cityClerk).andExpect(status().isOk());
        notFound("/api/review/v1/cases/" + atCity, staff("WINDOW_CLERK", null, town), atCity);
    }

    private void centre(String code, String parent, CentreLevel level) {
        KafkaTestSupport.publish(topics.topicOf(ServiceCentreChanged.class), new ServiceCentreChanged(code,
                "中心 " + code, level, parent, true, OffsetDateTime.now()));
    }

    private void item(String itemCode, List<ItemVersionChanged.Delegation> delegations) {
        KafkaTestSupport.publish(topics.topicOf(ItemVersionChanged.class), new ItemVersionChanged(itemCode, 3, "000901",
                itemCode + "-01", "食品经营许可", ItemVersionChanged.ItemType.ADMINISTRATIVE_LICENSING, "《行政许可法》",
                "MARKET", "MARKET-XKK", "MARKET-SUPERVISION", delegations, List.of(),
                List.of(new ItemVersionChanged.Material("M01", "申请书", true, 1, 0, false, null)), 20, 45, false,
                List.of(), new Route(org.onewindow.contracts.catalog.RouteMode.PARALLEL, true, List.of("MARKET")),
                List.of(Channel.WINDOW), ItemVersionChanged.ResultType.LICENCE, 1,
                ItemVersionChanged.ItemStatus.PUBLISHED, LocalDate.of(2026, 1, 1), null, OffsetDateTime.now(),
                "catalog-admin", "测试", null, null));
    }

    /** A case of version 3 of {@code itemCode} accepted at {@code centre}, with one task of MARKET. */
    private String openAt(String centre, String itemCode) {
        String caseNumber = newCaseNumber();
        ApplicationAccepted base = accepted(caseNumber, "MARKET");
        KafkaTestSupport.publish(topics.topicOf(ApplicationAccepted.class), new ApplicationAccepted(caseNumber,
                itemCode, 3, base.itemName(), centre, base.channel(), base.applicant(), base.agent(),
                base.acceptedBy(), base.acceptedAt(), base.acceptedOn(), false, List.of(), false, 10, 20, base.route(),
                "MARKET", "MARKET-SUPERVISION"));
        awaitCase(caseNumber);
        return caseNumber;
    }

    private org.springframework.test.web.servlet.ResultActions read(String path, String token) throws Exception {
        return mvc.perform(get(path).header("Authorization", token));
    }

    private void notFound(String path, String token, String what) throws Exception {
        read(path, token).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type", containsString("not-found")))
                .andExpect(jsonPath("$.detail", containsString(what)));
    }

    private static String staff(String role, String department, String centre) {
        return TestTokens.bearer("u-" + role.toLowerCase(), Set.of(role), department, centre);
    }

    private static String system(Map<String, ?> claims) {
        return "Bearer " + TestTokens.token("sys-1", "sys-1", Set.of("SYSTEM"), null, null, withService(claims));
    }

    /** A SYSTEM client's token names the services it may call (SystemClaims): this one. */
    private static Map<String, Object> withService(Map<String, ?> claims) {
        Map<String, Object> all = new java.util.HashMap<>(claims);
        all.put("services", List.of("review"));
        return all;
    }
}

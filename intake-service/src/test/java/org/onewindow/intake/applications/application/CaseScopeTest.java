package org.onewindow.intake.applications.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.onewindow.intake.applications.domain.ActingUser;
import org.onewindow.intake.applications.domain.Application;
import org.onewindow.intake.applications.domain.Fixtures;
import org.onewindow.intake.applications.domain.Roles;
import org.onewindow.intake.catalog.domain.ServiceCentre;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.security.Role;
import org.onewindow.platform.security.policy.AccessPolicy;
import org.onewindow.platform.security.policy.AccessPolicyLoader;
import org.onewindow.platform.security.policy.Scope;

/**
 * Who reaches a case and who sees its applicant's personal data, role by role, with the scopes the real policy table
 * grants for {@code application.read} (docs/security.md, "Scopes" and "What is masked, and where").
 */
class CaseScopeTest {

    private static final AccessPolicy POLICY = new AccessPolicyLoader(
            Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toUnmodifiableSet()))
            .loadDefault(CaseScopeTest.class.getClassLoader());

    /** Submitted by the city clerk at the city centre for applicant-1; review opened it with a MARKET task. */
    private static final Application CITY_CASE = Fixtures.anApplication().complete().submit();
    private static final Set<String> CITY_TASKS = Set.of("MARKET");
    /** Submitted at a town below the city; the item is delegated to towns. */
    private static final Application TOWN_CASE = Fixtures.anApplication().complete()
            .by(new ActingUser("town-clerk-1", "镇窗口", Roles.WINDOW_CLERK, Fixtures.TOWN.code(), null))
            .at(Fixtures.TOWN).numbered("T-EAST-01-20260302-000001").submit();
    /** Submitted at a village where the item is not delegated (a case the catalog no longer allows there). */
    private static final Application VILLAGE_CASE = Fixtures.anApplication().complete()
            .by(new ActingUser("village-clerk-1", "村窗口", Roles.WINDOW_CLERK, Fixtures.VILLAGE.code(), null))
            .at(Fixtures.VILLAGE).numbered("V-WEST-01-20260302-000001").submit();
    private static final Map<String, ServiceCentre> BELOW_CITY = Map.of(Fixtures.TOWN.code(), Fixtures.TOWN,
            Fixtures.VILLAGE.code(), Fixtures.VILLAGE);
    private static final Map<String, ServiceCentre> BELOW_TOWN = Map.of(Fixtures.VILLAGE.code(), Fixtures.VILLAGE);

    private static CaseScope scope(String role, String userId, String centre, Map<String, ServiceCentre> below,
                                   String department, Set<String> systemDepartments) {
        Set<Scope> scopes = POLICY.scopes(Set.of(role), "application", "read");
        return new CaseScope(scopes, userId, centre, below, department, systemDepartments);
    }

    /** One row: who, on which case, reaches it?, sees personal data whole? */
    private record Row(String who, CaseScope scope, Application application, Set<String> tasks, boolean sees,
                       boolean unmasked) {
    }

    @Test
    void each_role_reaches_the_cases_of_its_scope_and_sees_personal_data_only_for_its_step() {
        List<Row> table = List.of(
                new Row("applicant on their own case", scope("APPLICANT", "applicant-1", null, Map.of(), null, Set.of()),
                        CITY_CASE, CITY_TASKS, true, true),
                new Row("another applicant", scope("APPLICANT", "applicant-2", null, Map.of(), null, Set.of()),
                        CITY_CASE, CITY_TASKS, false, false),
                new Row("agent who did not file it", scope("VILLAGE_AGENT", "agent-1", "C-VIL-0101", Map.of(), null,
                        Set.of()), CITY_CASE, CITY_TASKS, false, false),
                new Row("clerk of the centre", scope("WINDOW_CLERK", "clerk", "C-CITY-01", BELOW_CITY, null, Set.of()),
                        CITY_CASE, CITY_TASKS, true, true),
                new Row("clerk of the centre above, delegated", scope("WINDOW_CLERK", "clerk", "C-CITY-01", BELOW_CITY,
                        null, Set.of()), TOWN_CASE, CITY_TASKS, true, false),
                new Row("clerk of the centre above, not delegated", scope("WINDOW_CLERK", "clerk", "C-CITY-01",
                        BELOW_CITY, null, Set.of()), VILLAGE_CASE, CITY_TASKS, false, false),
                new Row("town clerk on a city case", scope("WINDOW_CLERK", "town-clerk", "T-EAST-01", BELOW_TOWN, null,
                        Set.of()), CITY_CASE, CITY_TASKS, false, false),
                new Row("town clerk on their town's case", scope("WINDOW_CLERK", "town-clerk", "T-EAST-01", BELOW_TOWN,
                        null, Set.of()), TOWN_CASE, CITY_TASKS, true, true),
                new Row("clerk without a centre", scope("WINDOW_CLERK", "clerk-x", null, Map.of(), null, Set.of()),
                        CITY_CASE, CITY_TASKS, false, false),
                new Row("reviewer with a task", scope("REVIEWER", "r", null, Map.of(), "MARKET", Set.of()),
                        CITY_CASE, CITY_TASKS, true, true),
                new Row("reviewer before review opened", scope("REVIEWER", "r", null, Map.of(), "MARKET", Set.of()),
                        CITY_CASE, Set.of(), false, false),
                new Row("reviewer without a task", scope("REVIEWER", "r", null, Map.of(), "HEALTH", Set.of()),
                        CITY_CASE, CITY_TASKS, false, false),
                new Row("checker with a task", scope("CHECKER", "c", null, Map.of(), "MARKET", Set.of()),
                        CITY_CASE, CITY_TASKS, true, true),
                new Row("checker without a task", scope("CHECKER", "c", null, Map.of(), "FIRE", Set.of()),
                        CITY_CASE, CITY_TASKS, false, false),
                new Row("supervisor of the department", scope("SUPERVISOR", "s", null, Map.of(), "MARKET", Set.of()),
                        CITY_CASE, CITY_TASKS, true, false),
                new Row("supervisor of another department", scope("SUPERVISOR", "s", null, Map.of(), "HEALTH",
                        Set.of()), CITY_CASE, CITY_TASKS, false, false),
                new Row("inspector of the department", scope("INSPECTOR", "i", null, Map.of(), "MARKET", Set.of()),
                        CITY_CASE, CITY_TASKS, true, false),
                new Row("inspector of another department", scope("INSPECTOR", "i", null, Map.of(), "HEALTH", Set.of()),
                        CITY_CASE, CITY_TASKS, false, false),
                new Row("monitor", scope("MONITOR", "m", null, Map.of(), null, Set.of()), CITY_CASE, CITY_TASKS,
                        true, false),
                new Row("system client of the department", scope("SYSTEM", "sys", null, Map.of(), null,
                        Set.of("MARKET", "HEALTH")), CITY_CASE, CITY_TASKS, true, false),
                new Row("system client of other departments", scope("SYSTEM", "sys", null, Map.of(), null,
                        Set.of("HEALTH")), CITY_CASE, CITY_TASKS, false, false),
                new Row("system client without a departments claim", scope("SYSTEM", "sys", null, Map.of(), null,
                        Set.of()), CITY_CASE, CITY_TASKS, false, false),
                new Row("catalog admin (no grant)", scope("CATALOG_ADMIN", "a", null, Map.of(), null, Set.of()),
                        CITY_CASE, CITY_TASKS, false, false),
                new Row("ops (no grant)", scope("OPS", "o", null, Map.of(), null, Set.of()), CITY_CASE, CITY_TASKS,
                        false, false));

        List<String> wrong = new ArrayList<>();
        for (Row row : table) {
            boolean sees = row.scope().sees(row.application(), row.tasks());
            boolean unmasked = sees && row.scope().unmasked(row.application(), row.tasks());
            if (sees != row.sees() || unmasked != row.unmasked()) {
                wrong.add(row.who() + " " + row.scope().scopes() + ": sees " + sees + ", unmasked " + unmasked);
            }
        }
        assertThat(wrong).as("rows answered otherwise").isEmpty();
    }

    @Test
    void a_case_outside_the_scope_is_an_unknown_case() {
        CaseScope townClerk = scope("WINDOW_CLERK", "town-clerk", "T-EAST-01", BELOW_TOWN, null, Set.of());

        assertThatThrownBy(() -> townClerk.require(CITY_CASE, CITY_TASKS)).isInstanceOf(NotFound.class);
        assertThat(townClerk.require(TOWN_CASE, CITY_TASKS)).isSameAs(TOWN_CASE);
    }

    @Test
    void a_clerk_submits_only_at_their_own_centre() {
        Set<Scope> submit = POLICY.scopes(Set.of("WINDOW_CLERK"), "application", "submit");
        CaseScope clerk = new CaseScope(submit, "clerk", "C-CITY-01", Map.of(), null, Set.of());

        clerk.requireSubmitsAt(null);
        clerk.requireSubmitsAt("C-CITY-01");
        assertThatThrownBy(() -> clerk.requireSubmitsAt("C-TOWN-01")).isInstanceOf(NotPermitted.class)
                .hasFieldOrPropertyWithValue("rule", "intake.centre-not-yours");
        assertThatThrownBy(() -> new CaseScope(submit, "clerk-x", null, Map.of(), null, Set.of()).requireSubmitsAt(null))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void a_dual_role_caller_reaches_what_either_role_reaches() {
        Set<Scope> both = POLICY.scopes(Set.of("REVIEWER", "SUPERVISOR"), "application", "read");
        CaseScope reviewerSupervisor = new CaseScope(both, "rs", null, Map.of(), "MARKET", Set.of());

        assertThat(both).containsExactlyInAnyOrder(Scope.DEPARTMENT_TASK, Scope.DEPARTMENT);
        assertThat(reviewerSupervisor.sees(CITY_CASE, CITY_TASKS)).isTrue();
        assertThat(reviewerSupervisor.unmasked(CITY_CASE, CITY_TASKS)).as("as the reviewer with a task").isTrue();
    }
}

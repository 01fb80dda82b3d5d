package org.onewindow.platform.security.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onewindow.platform.security.Role;

class AccessPolicyLoaderTest {

    private static final Set<String> ROLES = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
    private static final String GRANT_HEADER = "role,resource,action,scope\n";
    private static final String OPERATION_HEADER = "service,method,path,resource,action\n";

    private static AccessPolicy load(String grants, String operations) {
        return new AccessPolicyLoader(ROLES).load(new StringReader(grants), "grants.csv",
                new StringReader(operations), "operations.csv");
    }

    @Test
    void the_suites_table_loads_and_every_role_but_public_is_a_role() {
        AccessPolicy policy = new AccessPolicyLoader(ROLES).loadDefault(getClass().getClassLoader());

        assertThat(policy.grants()).isNotEmpty();
        assertThat(policy.operationsOf("intake")).isNotEmpty();
        assertThat(policy.isPublic("statistics", "read")).isTrue();
        assertThat(policy.isPublic("application", "read")).isFalse();
        assertThat(policy.rolesFor("ops", "manage")).containsExactly("OPS");
        assertThat(policy.widestScope(List.of("APPLICANT"), "application", "read")).contains(Scope.OWN);
        assertThat(policy.widestScope(List.of("MONITOR"), "application", "read")).contains(Scope.ALL_MASKED);
        assertThat(policy.widestScope(List.of("CATALOG_ADMIN"), "application", "read")).isEmpty();
        // the gateway's public paths come from these rows: rating statistics among them (issue 9)
        assertThat(policy.publicOperations()).extracting(Operation::path)
                .contains("/api/rating/v1/statistics", "/api/catalog/v1/guides/{itemCode}",
                        "/api/intake/v1/tracking/{caseNumber}");
    }

    @Test
    void a_caller_with_two_roles_holds_the_widest_scope() {
        AccessPolicy policy = load(GRANT_HEADER + "REVIEWER,case,read,department-task\nMONITOR,case,read,all-masked\n",
                OPERATION_HEADER + "review,GET,/cases/{n},case,read\n");

        assertThat(policy.scopes(List.of("REVIEWER", "MONITOR"), "case", "read"))
                .containsExactlyInAnyOrder(Scope.DEPARTMENT_TASK, Scope.ALL_MASKED);
        assertThat(policy.widestScope(List.of("REVIEWER", "MONITOR"), "case", "read")).contains(Scope.ALL_MASKED);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "NOBODY,case,read,all | review,GET,/c,case,read | grants.csv:2: unknown role 'NOBODY'",
            "REVIEWER,case,read,everywhere | review,GET,/c,case,read | grants.csv:2: unknown scope 'everywhere'",
            "REVIEWER,Case,read,all | review,GET,/c,Case,read | grants.csv:2: malformed resource 'Case'",
            "REVIEWER,case,read | review,GET,/c,case,read | grants.csv:2: 4 cells expected, found 3",
            "REVIEWER,case,,all | review,GET,/c,case,read | grants.csv:2: empty cell 3",
            "PUBLIC,case,read,own | review,GET,/c,case,read | grants.csv:2: a PUBLIC grant reaches everything",
            "REVIEWER,case,read,all | review,FETCH,/c,case,read | operations.csv:2: unknown method 'FETCH'",
            "REVIEWER,case,read,all | review,GET,c,case,read | operations.csv:2: path must start with /",
            "REVIEWER,case,read,all | review,GET,/c,case,write | operations.csv: no role holds case.write",
    })
    void a_bad_row_stops_loading_naming_file_and_line(String grant, String operation, String message) {
        assertThatThrownBy(() -> load(GRANT_HEADER + grant + "\n", OPERATION_HEADER + operation + "\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(message);
    }

    @Test
    void duplicates_and_a_wrong_header_are_refused() {
        assertThatThrownBy(() -> load(GRANT_HEADER + "REVIEWER,case,read,all\nREVIEWER,case,read,own\n",
                OPERATION_HEADER))
                .hasMessageContaining("REVIEWER holds case.read twice");
        assertThatThrownBy(() -> load(GRANT_HEADER + "REVIEWER,case,read,all\n",
                OPERATION_HEADER + "review,GET,/c,case,read\nreview,GET,/c,case,read\n"))
                .hasMessageContaining("review GET /c is listed twice");
        assertThatThrownBy(() -> load("# comment\nrole,resource,scope\n", OPERATION_HEADER))
                .hasMessageContaining("grants.csv:2: header must be 'role,resource,action,scope'");
    }
}

package org.onewindow.platform.security.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

class PolicyAuthorizationManagerTest {

    private static final AccessPolicy POLICY = new AccessPolicyLoader(Set.of("REVIEWER", "APPLICANT", "OPS")).load(
            new StringReader("""
                    role,resource,action,scope
                    REVIEWER,case,read,department-task
                    PUBLIC,guide,read,all
                    OPS,ops,manage,all
                    """), "grants.csv",
            new StringReader("""
                    service,method,path,resource,action
                    review,GET,/api/review/v1/cases/{caseNumber},case,read
                    catalog,GET,/api/catalog/v1/guides/{itemCode},guide,read
                    catalog,GET,/api/catalog/v1/guides/{itemCode}.html,guide,read
                    gateway,GET,/services/{service}/actuator/health/**,guide,read
                    *,*,/actuator/**,ops,manage
                    """), "operations.csv");

    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("k", "anonymous",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private static boolean granted(PolicyAuthorizationManager manager, Authentication caller, String method,
                                   String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        return manager.authorize(() -> caller, new RequestAuthorizationContext(request)).isGranted();
    }

    private static Authentication user(String... roles) {
        TestingAuthenticationToken token = new TestingAuthenticationToken("u", "p",
                List.of(roles).stream().map(r -> "ROLE_" + r).toArray(String[]::new));
        token.setAuthenticated(true);
        return token;
    }

    @Test
    void a_service_grants_by_role_and_lets_public_rows_through() {
        PolicyAuthorizationManager review = PolicyAuthorizationManager.forService(POLICY, "review");

        assertThat(granted(review, user("REVIEWER"), "GET", "/api/review/v1/cases/C-1")).isTrue();
        assertThat(granted(review, user("APPLICANT"), "GET", "/api/review/v1/cases/C-1")).isFalse();
        assertThat(granted(review, ANONYMOUS, "GET", "/api/review/v1/cases/C-1")).isFalse();
        // not an operation of this service: a token is enough (the service answers 404/405)
        assertThat(granted(review, user("APPLICANT"), "GET", "/api/review/v1/nothing")).isTrue();
        assertThat(granted(review, ANONYMOUS, "GET", "/api/review/v1/nothing")).isFalse();
        // ops endpoints: OPS only, in every service
        assertThat(granted(review, user("REVIEWER"), "GET", "/actuator/deadletters")).isFalse();
        assertThat(granted(review, user("OPS"), "POST", "/actuator/deadletters/1/replay")).isTrue();
    }

    @Test
    void public_rows_need_no_token_and_head_reads_as_get() {
        PolicyAuthorizationManager catalog = PolicyAuthorizationManager.forService(POLICY, "catalog");

        assertThat(granted(catalog, ANONYMOUS, "GET", "/api/catalog/v1/guides/I-1.html")).isTrue();
        assertThat(granted(catalog, ANONYMOUS, "HEAD", "/api/catalog/v1/guides/I-1")).isTrue();
        assertThat(catalog.match("GET", "/api/catalog/v1/guides/I-1.html")).get()
                .extracting(Operation::path).isEqualTo("/api/catalog/v1/guides/{itemCode}.html");
        assertThat(granted(catalog, ANONYMOUS, "POST", "/api/catalog/v1/guides/I-1")).isFalse();
    }

    @Test
    void the_gateway_opens_every_services_public_rows_and_its_own() {
        PolicyAuthorizationManager gateway = PolicyAuthorizationManager.forGateway(POLICY);

        assertThat(granted(gateway, ANONYMOUS, "GET", "/api/catalog/v1/guides/I-1")).isTrue();
        assertThat(granted(gateway, ANONYMOUS, "GET", "/services/review/actuator/health/readiness")).isTrue();
        assertThat(granted(gateway, ANONYMOUS, "GET", "/api/review/v1/cases/C-1")).isFalse();
        // the grant itself is the service's to decide; the gateway asks for a token
        assertThat(granted(gateway, user("APPLICANT"), "GET", "/api/review/v1/cases/C-1")).isTrue();
        assertThat(granted(gateway, user("APPLICANT"), "GET", "/actuator/env")).isFalse();
    }
}

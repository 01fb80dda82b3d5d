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
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

class PolicyAuthorizationManagerTest {

    private static final AccessPolicy POLICY = new AccessPolicyLoader(Set.of("REVIEWER", "APPLICANT", "OPS", "SYSTEM")).load(
            new StringReader("""
                    role,resource,action,scope
                    REVIEWER,case,read,department-task
                    SYSTEM,case,read,system-claim
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

    private static Authentication system(Object services) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("client-1")
                .claim("roles", List.of("SYSTEM"));
        if (services != null) {
            jwt.claim("services", services);
        }
        return new JwtAuthenticationToken(jwt.build(), AuthorityUtils.createAuthorityList("ROLE_SYSTEM"), "client-1");
    }

    @Test
    void a_system_client_holds_its_grants_only_in_the_services_its_token_names() {
        PolicyAuthorizationManager review = PolicyAuthorizationManager.forService(POLICY, "review");
        String path = "/api/review/v1/cases/C-1";

        assertThat(granted(review, system(List.of("intake", "review")), "GET", path)).isTrue();
        assertThat(granted(review, system(List.of("review-service")), "GET", path)).as("application name").isTrue();
        assertThat(granted(review, system("intake review"), "GET", path)).as("one string").isTrue();
        assertThat(granted(review, system(List.of("intake")), "GET", path)).as("another service only").isFalse();
        assertThat(granted(review, system(List.of()), "GET", path)).as("empty claim").isFalse();
        assertThat(granted(review, system(null), "GET", path)).as("no claim names nothing").isFalse();
        // the gateway does not narrow: the service behind decides
        assertThat(granted(PolicyAuthorizationManager.forGateway(POLICY), system(null), "GET", path)).isTrue();
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

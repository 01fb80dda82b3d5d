package org.onewindow.platform.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The claims that scope a SYSTEM client (an integrating system, docs/security.md "Integrating systems"):
 * {@code services}, the services it may call, and {@code departments}, the departments whose cases it may act on.
 * A missing claim names nothing: a SYSTEM token without {@code services} may call no service.
 */
public record SystemClaims(Set<String> services, Set<String> departments) {

    public static final String SERVICES = "services";
    public static final String DEPARTMENTS = "departments";
    private static final String SERVICE_SUFFIX = "-service";

    public SystemClaims {
        services = Set.copyOf(services);
        departments = Set.copyOf(departments);
    }

    /** The claims of a verified token; absent claims are empty sets. */
    public static SystemClaims of(Jwt jwt) {
        return new SystemClaims(strings(jwt, SERVICES), strings(jwt, DEPARTMENTS));
    }

    /** The claims of a bearer-token caller; no token (or not a JWT) names nothing. */
    public static SystemClaims of(Authentication caller) {
        return caller instanceof JwtAuthenticationToken token ? of(token.getToken())
                : new SystemClaims(Set.of(), Set.of());
    }

    /** Whether the {@code services} claim names {@code service} (its policy name, e.g. {@code intake}, or {@code intake-service}). */
    public boolean namesService(String service) {
        return service != null && (services.contains(service) || services.contains(service + SERVICE_SUFFIX));
    }

    /** Whether the {@code departments} claim names any of {@code caseDepartments}. */
    public boolean namesAnyDepartment(Collection<String> caseDepartments) {
        return caseDepartments.stream().anyMatch(departments::contains);
    }

    /** A list claim ({@link ActorClaims#listClaim}), each value stripped, blank ones left out. */
    static Set<String> strings(Jwt jwt, String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String value : ActorClaims.listClaim(jwt, name)) {
            String text = value.strip();
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }
}

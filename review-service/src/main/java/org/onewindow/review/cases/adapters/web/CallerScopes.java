package org.onewindow.review.cases.adapters.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.security.CurrentAccess;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.security.policy.Scope;
import org.onewindow.review.cases.application.CaseScope;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Turns the scopes the policy table grants the caller for a read ({@link CurrentAccess}) into the cases they may see
 * (docs/security.md, "Scopes"): {@code department-task} and {@code department} the cases in which the caller's
 * department has a task; {@code centre} and {@code centre-and-below} the cases submitted at the caller's centre;
 * {@code system-claim} the cases with a task of a department in the token's {@code departments} claim; {@code all}
 * and {@code all-masked} every case (review's views carry no applicant name, ID or phone, so nothing is left to
 * mask). A dual-role caller sees the union.
 */
@Component
class CallerScopes {

    /** The claim naming the departments an integrating system may act on (docs/security.md, "Integrating systems"). */
    static final String DEPARTMENTS_CLAIM = "departments";

    private final CurrentAccess access;
    private final CurrentActor currentActor;

    CallerScopes(CurrentAccess access, CurrentActor currentActor) {
        this.access = access;
        this.currentActor = currentActor;
    }

    CaseScope cases(String resource, String action) {
        Actor actor = currentActor.current();
        CaseScope scope = CaseScope.NONE;
        for (Scope granted : access.scopes(resource, action)) {
            scope = scope.or(switch (granted) {
                case ALL, ALL_MASKED -> CaseScope.ALL;
                case DEPARTMENT, DEPARTMENT_TASK -> CaseScope.department(actor.department());
                case CENTRE -> CaseScope.centre(actor.centre());
                // and below: decided on review's replica of the centre tree and the item versions' delegations
                case CENTRE_AND_BELOW -> CaseScope.centreAndBelow(actor.centre());
                case SYSTEM_CLAIM -> claimedDepartments().map(CaseScope::departments).orElse(CaseScope.ALL);
                // review keeps no applicant's or agent's view of a case
                case OWN, OWN_FILED -> CaseScope.NONE;
            });
        }
        return scope;
    }

    /** Whether the caller may see what {@code resource.action} covers in every department (all, all-masked). */
    boolean everyDepartment(String resource, String action) {
        return access.scopes(resource, action).stream().anyMatch(s -> s == Scope.ALL || s == Scope.ALL_MASKED);
    }

    /**
     * The {@code departments} claim of a SYSTEM client's token. Absent means not narrowed, while the development
     * issuer does not issue it yet; production clients must carry it (docs/security.md). A claim that is present but
     * unreadable or empty narrows to nothing.
     */
    static Optional<Set<String>> claimedDepartments() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !(caller.getPrincipal() instanceof Jwt jwt) || !jwt.hasClaim(DEPARTMENTS_CLAIM)) {
            return Optional.empty();
        }
        Collection<?> values = switch (jwt.getClaims().get(DEPARTMENTS_CLAIM)) {
            case Collection<?> c -> c;
            case String s -> List.of(s.split("[\\s,]+"));
            case null, default -> List.of();
        };
        Set<String> departments = new LinkedHashSet<>();
        for (Object value : values) {
            if (value != null && !String.valueOf(value).isBlank()) {
                departments.add(String.valueOf(value).strip());
            }
        }
        return Optional.of(departments);
    }
}

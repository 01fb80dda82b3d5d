package org.onewindow.review.cases.adapters.web;

import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.security.CurrentAccess;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.security.policy.Scope;
import org.onewindow.review.cases.application.CaseScope;
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
record CallerScopes(CurrentAccess access, CurrentActor currentActor) {

    /** The claim naming the departments an integrating system may act on (docs/security.md, "Integrating systems"). */

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
                case SYSTEM_CLAIM -> CaseScope.departments(access.systemClaims().departments());
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
}

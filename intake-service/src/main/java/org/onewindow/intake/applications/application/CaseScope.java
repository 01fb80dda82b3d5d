package org.onewindow.intake.applications.application;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.onewindow.intake.applications.domain.Application;
import org.onewindow.intake.catalog.domain.ServiceCentre;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.security.policy.Scope;

/**
 * Which applications the caller reaches with one {@code application.<action>} grant, and where they see the
 * applicant's personal data (docs/security.md, "Scopes" and "What is masked, and where"). A dual-role caller holds
 * the union of their roles' scopes.
 * <ul>
 *   <li>{@code own} / {@code own-filed}: the applicant's own cases / the cases the agent filed;</li>
 *   <li>{@code centre}: cases submitted at the clerk's centre; {@code centre-and-below}: those, and cases of a centre
 *   below it in the catalog's centre tree where the case's item is delegated to that centre;</li>
 *   <li>{@code department-task} / {@code department}: cases in which the caller's department has a task;</li>
 *   <li>{@code system-claim}: cases whose departments meet the token's {@code departments} claim;</li>
 *   <li>{@code all-masked} / {@code all}: every case.</li>
 * </ul>
 * A case outside the scope is answered as an unknown case (404): whether it exists is not the caller's to know.
 *
 * @param centresBelow      the centres below the caller's centre (only filled for {@code centre-and-below})
 * @param systemDepartments the {@code departments} claim of a SYSTEM token (only for {@code system-claim})
 */
public record CaseScope(Set<Scope> scopes, String userId, String centre, Map<String, ServiceCentre> centresBelow,
                        String department, Set<String> systemDepartments) {

    /** The scopes in which the caller's step needs the applicant's name, ID, phone and address. */
    private static final Set<Scope> NEED_PERSONAL_DATA = EnumSet.of(Scope.OWN, Scope.OWN_FILED, Scope.CENTRE,
            Scope.CENTRE_AND_BELOW, Scope.DEPARTMENT_TASK);

    public CaseScope {
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
        centresBelow = Map.copyOf(centresBelow);
        systemDepartments = Set.copyOf(systemDepartments);
    }

    /** Whether the caller reaches the case; {@code departments}: those with a task in it. */
    public boolean sees(Application application, Set<String> departments) {
        return scopes.stream().anyMatch(scope -> reaches(scope, application, departments));
    }

    /** The case if the caller reaches it, else the 404 of an unknown case. */
    public Application require(Application application, Set<String> departments) {
        if (!sees(application, departments)) {
            throw new NotFound("application", application.caseNumber().value());
        }
        return application;
    }

    /**
     * Whether the caller sees the applicant's personal data unmasked: the applicant or agent on their own case,
     * the clerk of the centre the case was submitted at, a reviewer or checker whose department has a task in it.
     * Everyone else (a clerk of the centre above, supervisors, inspectors, MONITOR, SYSTEM) gets masked values.
     */
    public boolean unmasked(Application application, Set<String> departments) {
        return scopes.stream().filter(NEED_PERSONAL_DATA::contains).anyMatch(scope -> switch (scope) {
            case CENTRE, CENTRE_AND_BELOW -> atOwnCentre(application);
            default -> reaches(scope, application, departments);
        });
    }

    /**
     * A clerk whose grant is {@code centre} submits only at their own centre: a clerk without a centre, or naming
     * another centre, is refused (403 {@code intake.centre-not-yours}).
     */
    public void requireSubmitsAt(String requestedCentre) {
        if (!scopes.contains(Scope.CENTRE)) {
            return;
        }
        if (centre == null || centre.isBlank() || (requestedCentre != null && !requestedCentre.isBlank()
                && !requestedCentre.equals(centre))) {
            throw new NotPermitted("intake.centre-not-yours",
                    "a window clerk submits applications only at their own service centre");
        }
    }

    private boolean reaches(Scope scope, Application application, Set<String> departments) {
        return switch (scope) {
            case ALL, ALL_MASKED -> true;
            case OWN, OWN_FILED -> application.ownedBy(userId);
            case CENTRE -> atOwnCentre(application);
            case CENTRE_AND_BELOW -> atOwnCentre(application) || delegatedBelow(application);
            case DEPARTMENT_TASK, DEPARTMENT -> department != null && departments.contains(department);
            case SYSTEM_CLAIM -> departments.stream().anyMatch(systemDepartments::contains);
        };
    }

    private boolean atOwnCentre(Application application) {
        return centre != null && centre.equals(application.centreCode().value());
    }

    /** Submitted at a centre below the caller's, where the case's item version is delegated to that centre. */
    private boolean delegatedBelow(Application application) {
        ServiceCentre below = centresBelow.get(application.centreCode().value());
        return below != null && application.item().offeredAt(below);
    }
}

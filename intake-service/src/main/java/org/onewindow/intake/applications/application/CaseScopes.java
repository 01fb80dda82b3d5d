package org.onewindow.intake.applications.application;

import java.util.Map;
import java.util.Set;

import org.onewindow.intake.catalog.application.CatalogReplica;
import org.onewindow.intake.catalog.domain.ServiceCentre;
import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.security.CurrentAccess;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.security.policy.Scope;

/** The caller's {@link CaseScope} for an {@code application.<action>}, from the granted scopes and the token. */
public record CaseScopes(CurrentAccess access, CurrentActor actors, CatalogReplica catalog) {

    static final String RESOURCE = "application";

    public CaseScope of(String action) {
        return of(RESOURCE, action);
    }

    /** The scope of another resource whose rows are a case's (e.g. {@code document.read}): the same reach rules. */
    public CaseScope of(String resource, String action) {
        Set<Scope> scopes = access.scopes(resource, action);
        Actor actor = actors.current();
        Map<String, ServiceCentre> below = scopes.contains(Scope.CENTRE_AND_BELOW) && actor.centre() != null
                ? catalog.centresBelow(actor.centre()) : Map.of();
        Set<String> systemDepartments = scopes.contains(Scope.SYSTEM_CLAIM)
                ? access.systemClaims().departments() : Set.of();
        return new CaseScope(scopes, actor.userId(), actor.centre(), below, actor.department(), systemDepartments);
    }
}

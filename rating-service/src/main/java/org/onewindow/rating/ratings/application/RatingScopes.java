package org.onewindow.rating.ratings.application;

import java.util.Set;

import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.security.CurrentAccess;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.security.policy.Scope;
import org.springframework.stereotype.Component;

/** The caller's {@link RatingScope} for a {@code <resource>.read}, from the granted scopes and the token. */
@Component
public record RatingScopes(CurrentAccess access, CurrentActor actors) {

    /** @param resource {@code rating}, {@code rated-case} or {@code rectification} */
    public RatingScope of(String resource, String action) {
        Set<Scope> scopes = access.scopes(resource, action);
        Actor actor = actors.current();
        Set<String> systemDepartments = scopes.contains(Scope.SYSTEM_CLAIM)
                ? access.systemClaims().departments() : Set.of();
        return new RatingScope(scopes, actor.userId(), actor.centre(), actor.department(), systemDepartments);
    }
}

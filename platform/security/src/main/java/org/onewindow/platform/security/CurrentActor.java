package org.onewindow.platform.security;

import java.util.Optional;

import org.onewindow.platform.kernel.Actor;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who is calling: the {@link Actor} of the bearer token of the current request. */
public class CurrentActor {

    /**
     * The caller of the current request.
     *
     * @throws AuthenticationCredentialsNotFoundException on a public path or outside a request (answered with 401)
     */
    public Actor current() {
        return find().orElseThrow(() ->
                new AuthenticationCredentialsNotFoundException("No authenticated actor for this request"));
    }

    /** The caller, or empty when the request carries no token (public paths). */
    public Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return Optional.of(ActorClaims.actor(jwt));
        }
        return Optional.empty();
    }
}

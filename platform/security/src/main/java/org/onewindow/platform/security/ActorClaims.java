package org.onewindow.platform.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.onewindow.platform.kernel.Actor;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads the OneWindow claims (docs/architecture.md "Security") from a verified token. */
public final class ActorClaims {

    public static final String NAME = "name";
    public static final String ROLES = "roles";
    public static final String DEPARTMENT = "department";
    public static final String CENTRE = "centre";

    /** Compiled once: {@code String.split} with a pattern of more than one character compiles it on every call. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[\\s,]+");

    private ActorClaims() {
    }

    /** The known roles in the {@code roles} claim; a missing claim means no roles. */
    public static Set<Role> roles(Jwt jwt) {
        Set<Role> roles = new LinkedHashSet<>();
        for (String value : listClaim(jwt, ROLES)) {
            Role.fromClaim(value).ifPresent(roles::add);
        }
        return roles;
    }

    /**
     * The values of a list claim as text, in order: a JSON array, or one string separated by blanks or commas (some
     * issuers send lists so, as for "scope"); a missing claim or one of another type has none.
     */
    static List<String> listClaim(Jwt jwt, String name) {
        Collection<?> values = switch (jwt.getClaims().get(name)) {
            case null -> List.of();
            case Collection<?> c -> c;
            case String s -> List.of(LIST_SEPARATOR.split(s));
            default -> List.of();
        };
        return values.stream().map(String::valueOf).toList();
    }

    /** The actor the token speaks for: {@code sub}, {@code name}, roles, {@code department}, {@code centre}. */
    public static Actor actor(Jwt jwt) {
        Set<String> roleNames = new LinkedHashSet<>();
        roles(jwt).forEach(role -> roleNames.add(role.name()));
        return new Actor(jwt.getSubject(), jwt.getClaimAsString(NAME), Set.copyOf(roleNames),
                jwt.getClaimAsString(DEPARTMENT), jwt.getClaimAsString(CENTRE));
    }
}

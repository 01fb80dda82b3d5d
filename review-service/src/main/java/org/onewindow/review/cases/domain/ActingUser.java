package org.onewindow.review.cases.domain;

import java.util.Objects;
import java.util.Set;

import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.AuditActor;

/**
 * Who acts on a case, taken from the caller's token: user id, display name, roles, department, and for whom
 * (an agent acting on someone's behalf; {@code null} when acting for themselves).
 */
public record ActingUser(String userId, String name, Set<String> roles, String department, String onBehalfOf) {

    public ActingUser {
        Objects.requireNonNull(userId, "userId");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static ActingUser of(String userId, String department, String... roles) {
        return new ActingUser(userId, userId, Set.of(roles), department, null);
    }

    /** The token's actor, acting for {@code onBehalfOf} (null when for themselves). */
    public static ActingUser from(Actor actor, String onBehalfOf) {
        return new ActingUser(actor.userId(), actor.name(), actor.roles(), actor.department(), onBehalfOf);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** This user in the audit trail, acting in {@code role}; the principal is the token's user. */
    public AuditActor auditActor(String role) {
        return new AuditActor(userId, name, role, onBehalfOf, userId);
    }

    /** The role recorded when a command needs no particular one: the first in alphabetical order, else NONE. */
    public String primaryRole() {
        return roles.stream().sorted().findFirst().orElse("NONE");
    }
}

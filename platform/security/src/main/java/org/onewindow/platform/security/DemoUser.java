package org.onewindow.platform.security;

import java.util.List;
import java.util.Set;

import org.onewindow.platform.kernel.Actor;

/**
 * One demo user of the development issuer. The username is also the token's {@code sub}.
 *
 * @param department department code (e.g. {@code MARKET}), or null for users outside a department
 * @param centre     service centre code (e.g. {@code C-CITY-01}), or null
 */
public record DemoUser(String username, String password, String name, List<Role> roles, String department,
                       String centre) {

    public DemoUser {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public Actor toActor() {
        return new Actor(username, name, Set.copyOf(roles.stream().map(Role::name).toList()), department, centre);
    }
}

package org.onewindow.platform.security;

import java.util.List;
import java.util.Set;

import org.onewindow.platform.kernel.Actor;

/**
 * One demo user of the development issuer. The username is also the token's {@code sub}.
 *
 * @param department department code (e.g. {@code MARKET}), or null for users outside a department
 * @param centre     service centre code (e.g. {@code C-CITY-01}), or null
 * @param services    SYSTEM clients: the services the token may call ({@code services} claim); empty otherwise
 * @param departments SYSTEM clients: the departments whose cases it may act on ({@code departments} claim)
 */
public record DemoUser(String username, String password, String name, List<Role> roles, String department,
                       String centre, List<String> services, List<String> departments) {

    public DemoUser {
        roles = roles == null ? List.of() : List.copyOf(roles);
        services = services == null ? List.of() : List.copyOf(services);
        departments = departments == null ? List.of() : List.copyOf(departments);
    }

    /** A user without SYSTEM claims. */
    public DemoUser(String username, String password, String name, List<Role> roles, String department, String centre) {
        this(username, password, name, roles, department, centre, null, null);
    }

    public Actor toActor() {
        return new Actor(username, name, Set.copyOf(roles.stream().map(Role::name).toList()), department, centre);
    }
}

package org.onewindow.platform.kernel;

import java.util.Objects;
import java.util.Set;

/**
 * Who acts: a user with roles, a department (部门) and a service centre (政务服务中心). Built by the
 * security layer from the token's claims; domain code receives it as a plain value.
 * Acting for someone else (代办, 委托书) is recorded by the services, not here.
 */
public record Actor(String userId, String name, Set<String> roles, String department, String centre) {

    public Actor {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("an actor needs a userId");
        }
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(Objects.requireNonNull(role, "role"));
    }

    /** True when both actors belong to the same (non-null) department. */
    public boolean sameDepartmentAs(Actor other) {
        return department != null && department.equals(other.department);
    }
}

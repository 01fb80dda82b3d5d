package org.onewindow.review.cases.domain;

import java.util.Objects;
import java.util.Set;

/**
 * A member of staff as the staff directory knows them: what the AB岗 rules need to know about a deputy who is not
 * the caller (their department and roles), so it cannot come from the caller's token.
 */
public record StaffMember(String userId, String department, Set<String> roles) {

    public StaffMember {
        Objects.requireNonNull(userId, "userId");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static StaffMember of(String userId, String department, String... roles) {
        return new StaffMember(userId, department, Set.of(roles));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}

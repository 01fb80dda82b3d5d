package org.onewindow.platform.security.policy;

import java.util.Objects;

/**
 * One row of the policy table: {@code role} may perform {@code action} on {@code resource} within {@code scope}.
 *
 * @param role     a role name ({@code org.onewindow.platform.security.Role}) or {@link #PUBLIC} for callers without a token
 * @param resource what is acted on, e.g. {@code application}
 * @param action   what is done, e.g. {@code read}
 * @param scope    how far the grant reaches
 */
public record Grant(String role, String resource, String action, Scope scope) {

    /** The pseudo-role of anonymous callers: a PUBLIC grant needs no token. */
    public static final String PUBLIC = "PUBLIC";

    public Grant {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(scope, "scope");
    }

    public boolean isPublic() {
        return PUBLIC.equals(role);
    }

    /** {@code resource.action}, the key operations point at. */
    public String permission() {
        return resource + "." + action;
    }
}

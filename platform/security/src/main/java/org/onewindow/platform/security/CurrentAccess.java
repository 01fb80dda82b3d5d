package org.onewindow.platform.security;

import java.util.Optional;
import java.util.Set;

import org.onewindow.platform.security.policy.AccessPolicy;
import org.onewindow.platform.security.policy.PolicyAuthorizationManager;
import org.onewindow.platform.security.policy.Scope;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The scope the policy table grants the current caller, for service code that narrows what it returns or
 * changes (docs/security.md, "Scopes"). The filter chain has already refused callers without any grant.
 */
public class CurrentAccess {

    private final AccessPolicy policy;

    public CurrentAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    /** The widest scope the caller's roles hold for {@code resource.action}; empty without a grant or a token. */
    public Optional<Scope> scope(String resource, String action) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            return Optional.empty();
        }
        return policy.widestScope(PolicyAuthorizationManager.roles(caller), resource, action);
    }

    /** Every scope the caller's roles hold for {@code resource.action} (a dual-role user may hold two). */
    public Set<Scope> scopes(String resource, String action) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            return Set.of();
        }
        return policy.scopes(PolicyAuthorizationManager.roles(caller), resource, action);
    }

    /**
     * The {@code services} / {@code departments} claims of the caller's token (scope {@code system-claim}); empty
     * sets without a token or without the claims.
     */
    public SystemClaims systemClaims() {
        return SystemClaims.of(SecurityContextHolder.getContext().getAuthentication());
    }

    public AccessPolicy policy() {
        return policy;
    }
}

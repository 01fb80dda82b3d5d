package org.onewindow.platform.security.policy;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one access policy (docs/security.md, "Access policy"): who may do what ({@link Grant}s) and which
 * operation of which service is which {@code resource.action} ({@link Operation}s). Plain data, read once by
 * {@link AccessPolicyLoader}; the services enforce it in their filter chain and the gateway derives its
 * public paths from the {@link Grant#PUBLIC} rows.
 */
public final class AccessPolicy {

    private final List<Grant> grants;
    private final List<Operation> operations;
    private final Map<String, List<Grant>> grantsByPermission = new LinkedHashMap<>();

    public AccessPolicy(List<Grant> grants, List<Operation> operations) {
        this.grants = List.copyOf(grants);
        this.operations = List.copyOf(operations);
        for (Grant grant : this.grants) {
            grantsByPermission.computeIfAbsent(grant.permission(), k -> new java.util.ArrayList<>()).add(grant);
        }
    }

    public List<Grant> grants() {
        return grants;
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The operations of one service, the rows for every service included, in table order. */
    public List<Operation> operationsOf(String service) {
        return operations.stream().filter(op -> op.belongsTo(service)).toList();
    }

    /** Whether {@code resource.action} is open to callers without a token. */
    public boolean isPublic(String resource, String action) {
        return grantsOf(resource, action).stream().anyMatch(Grant::isPublic);
    }

    /** The operations anyone may call without a token (what the gateway lets through unauthenticated). */
    public List<Operation> publicOperations() {
        return operations.stream().filter(op -> isPublic(op.resource(), op.action())).toList();
    }

    /** The scopes the given roles hold for {@code resource.action}; empty means no grant (403). */
    public Set<Scope> scopes(Collection<String> roles, String resource, String action) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (Grant grant : grantsOf(resource, action)) {
            if (roles.contains(grant.role())) {
                scopes.add(grant.scope());
            }
        }
        return scopes;
    }

    /** The widest scope the roles hold for {@code resource.action}, if any. */
    public Optional<Scope> widestScope(Collection<String> roles, String resource, String action) {
        Set<Scope> scopes = scopes(roles, resource, action);
        return scopes.stream().max(Enum::compareTo);
    }

    /** The roles (PUBLIC included) holding a grant for {@code resource.action}, in table order. */
    public Set<String> rolesFor(String resource, String action) {
        Set<String> roles = new LinkedHashSet<>();
        grantsOf(resource, action).forEach(g -> roles.add(g.role()));
        return roles;
    }

    private List<Grant> grantsOf(String resource, String action) {
        return grantsByPermission.getOrDefault(resource + "." + action, List.of());
    }
}

package org.onewindow.platform.security.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.onewindow.platform.security.SystemClaims;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The filter chain's decision from the policy table: the request's (method, path) is matched to an operation of
 * this service; a PUBLIC grant lets anyone through, otherwise a token is needed (401 without) and one of its
 * roles must hold a grant (403 without). A request that is no operation of this service (an unknown path) needs
 * a token only, so the service answers 404/405 to signed-in callers and 401 to others, as before.
 * <p>
 * In the gateway ({@link #forGateway}) the table of every service decides only what is public; the service
 * behind it decides the rest.
 */
public final class PolicyAuthorizationManager implements AuthorizationManager<RequestAuthorizationContext> {

    private static final String ROLE_PREFIX = "ROLE_";

    private static final String SYSTEM = "SYSTEM";

    private final AccessPolicy policy;
    private final List<Compiled> operations;
    /** The service whose rows this manager enforces; null in the gateway (the service behind decides). */
    private final String service;

    private record Compiled(Operation operation, PathPattern pattern) {
    }

    private PolicyAuthorizationManager(AccessPolicy policy, List<Operation> operations, String service) {
        this.policy = policy;
        this.service = service;
        PathPatternParser parser = new PathPatternParser();
        List<Compiled> compiled = new ArrayList<>();
        for (Operation op : operations) {
            compiled.add(new Compiled(op, parser.parse(op.path())));
        }
        // The most specific pattern wins, e.g. /guides/{itemCode}.html over /guides/{itemCode}.
        compiled.sort(Comparator.comparing(Compiled::pattern, PathPattern.SPECIFICITY_COMPARATOR));
        this.operations = List.copyOf(compiled);
    }

    /** Enforces the grants of one service's operations. */
    public static PolicyAuthorizationManager forService(AccessPolicy policy, String service) {
        return new PolicyAuthorizationManager(policy, policy.operationsOf(service), service);
    }

    /**
     * The gateway: its own rows, plus the PUBLIC operations of every service (they pass without a token); any
     * other path needs a token there, and the service behind decides the grant.
     */
    public static PolicyAuthorizationManager forGateway(AccessPolicy policy) {
        List<Operation> rows = new ArrayList<>(policy.operationsOf("gateway"));
        policy.publicOperations().stream().filter(op -> !rows.contains(op)).forEach(rows::add);
        return new PolicyAuthorizationManager(policy, rows, null);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        Optional<Operation> operation = match(request.getMethod(), pathWithinApplication(request));
        Authentication caller = authentication.get();
        boolean signedIn = caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken);
        if (operation.isEmpty()) {
            return new AuthorizationDecision(signedIn);
        }
        Operation op = operation.get();
        if (policy.isPublic(op.resource(), op.action())) {
            return new AuthorizationDecision(true);
        }
        if (!signedIn) {
            return new AuthorizationDecision(false); // anonymous: the entry point answers 401
        }
        return new AuthorizationDecision(!policy.scopes(effectiveRoles(caller), op.resource(), op.action()).isEmpty());
    }

    /**
     * The caller's roles that count in this service: a SYSTEM client's grants count only where its token's
     * {@code services} claim names this service ({@link SystemClaims}); elsewhere it
     * holds none (403). The gateway does not narrow: the service behind decides.
     */
    Set<String> effectiveRoles(Authentication caller) {
        Set<String> roles = roles(caller);
        if (service == null || !roles.contains(SYSTEM)
                || SystemClaims.of(caller).namesService(service)) {
            return roles;
        }
        return roles.stream().filter(role -> !SYSTEM.equals(role)).collect(Collectors.toUnmodifiableSet());
    }

    /** The operation a request is, most specific pattern first; HEAD is read as GET. */
    public Optional<Operation> match(String method, String path) {
        String httpMethod = "HEAD".equalsIgnoreCase(method) ? "GET" : method;
        PathContainer container = PathContainer.parsePath(path);
        for (Compiled compiled : operations) {
            if (compiled.operation().allowsMethod(httpMethod) && compiled.pattern().matches(container)) {
                return Optional.of(compiled.operation());
            }
        }
        return Optional.empty();
    }

    /** Role names of the caller's {@code ROLE_*} authorities. */
    public static Set<String> roles(Authentication caller) {
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(ROLE_PREFIX))
                .map(a -> a.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String pathWithinApplication(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        String path = context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
        return path.isEmpty() ? "/" : path;
    }
}

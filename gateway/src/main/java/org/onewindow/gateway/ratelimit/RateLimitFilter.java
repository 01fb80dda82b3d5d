package org.onewindow.gateway.ratelimit;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.onewindow.platform.security.SecurityProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after the security filter chain, so an authenticated client is known by its token's {@code sub} and
 * an anonymous one by its remote address. X-Forwarded-For is not trusted: the gateway is the edge.
 * The gateway's own actuator endpoints are exempt so probes never get 429.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    public static final URI RATE_LIMITED = URI.create("https://onewindow.org/problems/rate-limited");

    private final ClientRateLimiter limiter;
    private final RateLimitProperties properties;

    public RateLimitFilter(ClientRateLimiter limiter, RateLimitProperties properties) {
        this.limiter = limiter;
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ClientRateLimiter.Decision decision = limiter.tryAcquire(clientKey(request));
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        SecurityProblems.write(request, response, RATE_LIMITED, "Too Many Requests", 429,
                "Rate limit exceeded: %d requests at once, %s per second sustained; retry after %d s (请求过于频繁)."
                        .formatted(properties.capacity(), properties.refillPerSecond(), seconds));
    }

    static String clientKey(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt && jwt.isAuthenticated()) {
            return "sub:" + jwt.getName();
        }
        return "ip:" + request.getRemoteAddr();
    }
}

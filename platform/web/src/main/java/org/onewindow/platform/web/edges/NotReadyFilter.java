package org.onewindow.platform.web.edges;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.onewindow.platform.web.problems.DatabaseUnavailable;
import org.onewindow.platform.web.problems.ProblemKind;
import org.onewindow.platform.web.problems.ProblemResponseWriter;
import org.onewindow.platform.web.problems.Problems;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An instance that is not ready takes no request: while it starts (its start-up work still runs after Tomcat has
 * opened the port) and once it stops, every request but the actuator's is answered 503 with {@code Retry-After},
 * nothing done. A balancer that sends traffic to an instance before its readiness probe says so (the gateway does
 * when it sees no ready instance at all) must not starve the start-up work of database connections: a review
 * instance restarted under load once exhausted its pool on such requests and failed its start.
 */
public class NotReadyFilter extends OncePerRequestFilter {

    private final Supplier<ReadinessState> readiness;
    private final ProblemResponseWriter problems;

    public NotReadyFilter(Supplier<ReadinessState> readiness, ProblemResponseWriter problems) {
        this.readiness = readiness;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        // the probes must answer whatever the state: they are how the state is read
        return path.equals("/actuator") || path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (readiness.get() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER);
        problems.write(request, response, Problems.of(ProblemKind.SERVICE_UNAVAILABLE,
                "This instance is starting or stopping and takes no request now; nothing was changed. Retry shortly "
                        + "(with the same Idempotency-Key for a change).", List.of()));
    }
}

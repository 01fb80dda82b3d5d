package org.onewindow.platform.web.edges;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Semaphore;
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
 * Whether this instance takes a request now. Every request but the actuator's is answered 503 with
 * {@code Retry-After}, nothing done:
 * <ul>
 * <li>while the instance is not ready: it starts (its start-up work still runs after Tomcat has opened the port) or
 * it stops. A balancer that sends traffic to an instance before its readiness probe says so (the gateway does when
 * it sees no ready instance at all) must not starve the start-up work of database connections: a review instance
 * restarted under load once exhausted its pool on such requests and failed its start;</li>
 * <li>while {@code onewindow.web.requests.max-in-flight} requests are in hand. Requests run on virtual threads,
 * so nothing else bounds how many wait at once: a gateway flooded right after its start held 1,587 requests,
 * about 160 KB of heap each, until it ran out of heap (docs/operations.md "Requests in flight").</li>
 * </ul>
 */
public class AdmissionFilter extends OncePerRequestFilter {

    private final Supplier<ReadinessState> readiness;
    private final Semaphore inFlight;
    private final int maxInFlight;
    private final ProblemResponseWriter problems;

    public AdmissionFilter(Supplier<ReadinessState> readiness, int maxInFlight, ProblemResponseWriter problems) {
        this.readiness = readiness;
        this.inFlight = new Semaphore(maxInFlight);
        this.maxInFlight = maxInFlight;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        // the probes must answer whatever the state and the load: they are how the state is read
        return path.equals("/actuator") || path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (readiness.get() != ReadinessState.ACCEPTING_TRAFFIC) {
            refuse(request, response, "This instance is starting or stopping and takes no request now");
            return;
        }
        if (!inFlight.tryAcquire()) {
            refuse(request, response, "This instance has " + maxInFlight + " requests in hand, as many as it takes");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            inFlight.release();
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER);
        problems.write(request, response, Problems.of(ProblemKind.SERVICE_UNAVAILABLE,
                why + "; nothing was changed. Retry shortly (with the same Idempotency-Key for a change).", List.of()));
    }
}

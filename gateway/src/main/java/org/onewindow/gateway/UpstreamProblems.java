package org.onewindow.gateway;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.onewindow.platform.web.edges.ClientFaults;
import org.onewindow.platform.web.problems.ProblemExceptionHandler;
import org.onewindow.platform.web.problems.ProblemKind;
import org.onewindow.platform.web.problems.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.retry.RetryException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

/**
 * A service the gateway could not reach (connection refused or timed out, no instance of it ready, a GET's retries
 * exhausted) is a 503 problem with {@code Retry-After}, type {@code .../upstream-unavailable}, naming the service:
 * the request may be sent again (a POST with the same Idempotency-Key, which the service deduplicates). Before, it
 * fell to platform-web's catch-all as a 500, which tells a client that retrying is pointless.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class UpstreamProblems {

    static final String UNAVAILABLE_TYPE = "upstream-unavailable";
    private static final long RETRY_AFTER_SECONDS = 1;
    private static final Logger log = LoggerFactory.getLogger(UpstreamProblems.class);

    private final ProblemExceptionHandler platform;

    UpstreamProblems(ProblemExceptionHandler platform) {
        this.platform = platform;
    }

    @ExceptionHandler({ResourceAccessException.class, HttpServerErrorException.class, RetryException.class})
    ResponseEntity<ProblemDetail> unreachable(Exception ex, HttpServletRequest request) {
        Throwable cause = ex instanceof RetryException retry && retry.getCause() != null ? retry.getCause() : ex;
        // the client's own fault while its body was streamed on (a chunked body over the limit: 413) stays its 4xx
        if (!unreachable(cause) || ClientFaults.classify(ex) != null) {
            // anything else that ended a retried call is a fault of the gateway: the platform's 500 with a trace id
            return platform.unexpected(cause instanceof Exception e ? e : ex, request);
        }
        String service = service(request.getRequestURI());
        log.warn("{} unreachable on {} {}: {}", service, request.getMethod(), request.getRequestURI(), cause.getMessage());
        ProblemDetail problem = Problems.ofRule(ProblemKind.SERVICE_UNAVAILABLE, UNAVAILABLE_TYPE,
                "The " + service + " service did not answer (no instance reachable or ready). Send the request again;"
                        + " a POST with the same Idempotency-Key is applied once.", List.of());
        problem.setTitle("Service unavailable");
        problem.setProperty(Problems.TITLE_ZH, "服务暂不可用");
        problem.setProperty("service", service);
        URI instance = Problems.instance(request.getRequestURI());
        if (instance != null) {
            problem.setInstance(instance);
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Connection failures and the load balancer's "no instance" (503); not a service's own answer, which passes as is. */
    private static boolean unreachable(Throwable cause) {
        return cause instanceof ResourceAccessException || cause instanceof IOException
                || (cause instanceof HttpServerErrorException e && e.getStatusCode().value() == 503);
    }

    /** {@code review} of {@code /api/review/...} or {@code /services/review/...}. */
    static String service(String path) {
        String[] parts = path.split("/");
        return parts.length > 2 && (parts[1].equals("api") || parts[1].equals("services")) ? parts[2] : "upstream";
    }
}

package org.onewindow.platform.web.problems;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Security exceptions raised inside a controller (method security such as {@code @PreAuthorize}) would otherwise
 * reach the catch-all 500 handler; this advice runs before it and answers 401/403 in the same shape as the filter
 * chain's entry point and access-denied handler.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class SecurityProblemHandler {

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex, HttpServletRequest request) {
        return respond(request, Problems.of(ProblemKind.FORBIDDEN, "Your roles do not allow this request.",
                List.of()));
    }

    @ExceptionHandler(AuthenticationException.class)
    public ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex, HttpServletRequest request) {
        return ResponseEntity.status(401).header("WWW-Authenticate", "Bearer")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(withInstance(request, Problems.of(ProblemKind.UNAUTHENTICATED,
                        "A valid bearer token is required for this resource.", List.of())));
    }

    private static ResponseEntity<ProblemDetail> respond(HttpServletRequest request, ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(withInstance(request, problem));
    }

    private static ProblemDetail withInstance(HttpServletRequest request, ProblemDetail problem) {
        problem.setInstance(Problems.instance(request.getRequestURI()));
        return problem;
    }
}

package org.onewindow.platform.objectstore.spring;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.onewindow.platform.objectstore.ObjectStoreUnavailableException;
import org.onewindow.platform.web.problems.ProblemKind;
import org.onewindow.platform.web.problems.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * {@link ObjectStoreUnavailableException} as an RFC 9457 problem, ahead of platform-web's catch-all handler: 503,
 * type {@code https://onewindow.org/problems/object-store-unavailable}, title "Object store unavailable" /
 * "文件存储服务暂不可用", {@code Retry-After} in seconds.
 *
 * <p>{@code ObjectNotFoundException} is deliberately not mapped: a service that finds a document's metadata but no
 * bytes lost content (a 500 with a trace id, logged); one that looks a key up by a client's word catches it itself.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 100)
public class ObjectStoreProblemHandler {

    public static final String UNAVAILABLE_TYPE = "object-store-unavailable";

    private static final Logger log = LoggerFactory.getLogger(ObjectStoreProblemHandler.class);

    private final Duration retryAfter;

    public ObjectStoreProblemHandler(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    @ExceptionHandler(ObjectStoreUnavailableException.class)
    public ResponseEntity<ProblemDetail> unavailable(ObjectStoreUnavailableException ex, HttpServletRequest request) {
        log.warn("object store unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
        ProblemDetail problem = Problems.ofRule(ProblemKind.SERVICE_UNAVAILABLE, UNAVAILABLE_TYPE,
                "The document store is not reachable at the moment; nothing was stored. Retry later.", List.of());
        problem.setTitle("Object store unavailable");
        problem.setProperty(Problems.TITLE_ZH, "文件存储服务暂不可用");
        return respond(problem, request);
    }

    private ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
        URI instance = Problems.instance(request.getRequestURI());
        if (instance != null) {
            problem.setInstance(instance);
        }
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}

package org.onewindow.platform.web.edges;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.onewindow.platform.web.problems.DatabaseUnavailable;
import org.onewindow.platform.web.problems.ProblemKind;
import org.onewindow.platform.web.problems.ProblemResponseWriter;
import org.onewindow.platform.web.problems.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Spring Boot's {@code BasicErrorController}: every error that reaches the error page (a servlet
 * {@code sendError} from Tomcat, such as 405 for TRACE, Spring Security's firewall, an exception thrown by a
 * filter) is answered as a problem document, whatever the request's Accept header. Client faults keep their 4xx
 * ({@link ClientFaults}), a database that could not take the request is a 503 ({@link DatabaseUnavailable}); anything else that threw is a 500 that names a trace id and nothing else.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ProblemResponseWriter writer;
    private final Supplier<String> currentTraceId;

    public ProblemErrorController(ProblemResponseWriter writer, Supplier<String> currentTraceId) {
        this.writer = writer;
        this.currentTraceId = currentTraceId;
    }

    @RequestMapping
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given ? given : response.getStatus();
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ProblemDetail problem = failure == null ? null : ClientFaults.classify(failure);
        Throwable databaseAway = problem == null ? DatabaseUnavailable.in(failure) : null;
        if (databaseAway != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER);
            problem = DatabaseUnavailable.answer(request.getMethod(), uri, databaseAway);
        }
        if (problem == null) {
            if (status < 400) {
                status = 500;
            }
            problem = status >= 500 ? internal(request, status, uri, failure)
                    : Problems.ofStatus(status, detail(status), List.of());
        }
        problem.setInstance(Problems.instance(uri));
        response.resetBuffer();
        writer.write(request, response, problem);
    }

    private ProblemDetail internal(HttpServletRequest request, int status, String uri, Throwable failure) {
        String traceId = currentTraceId.get();
        if (traceId == null || traceId.isBlank()) {
            traceId = UUID.randomUUID().toString();
        }
        log.error("error page for {} {} with status {} [traceId={}]", request.getMethod(), uri, status, traceId,
                failure);
        ProblemDetail problem = Problems.ofStatus(status,
                "An unexpected error occurred. Quote trace id " + traceId + " when reporting it.", List.of());
        problem.setProperty(Problems.TRACE_ID, traceId);
        return problem;
    }

    static String detail(int status) {
        return switch (ProblemKind.forStatus(status)) {
            case METHOD_NOT_ALLOWED -> "This method is not allowed here; the Allow header lists those that are.";
            case NOT_FOUND -> "No resource at this path.";
            case UNAUTHENTICATED -> "A valid bearer token is required for this resource.";
            case FORBIDDEN -> "Your roles do not allow this request.";
            case PAYLOAD_TOO_LARGE -> "The request body is too large.";
            case URI_TOO_LONG -> "The request URI is too long.";
            case HEADERS_TOO_LARGE -> "The request headers are too large.";
            case UNSUPPORTED_MEDIA_TYPE -> "The request's content type is not supported here.";
            default -> "The request could not be processed as sent.";
        };
    }
}

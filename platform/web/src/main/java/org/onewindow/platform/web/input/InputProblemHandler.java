package org.onewindow.platform.web.input;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.onewindow.platform.web.problems.ProblemExceptionHandler;
import org.onewindow.platform.web.problems.ProblemError;
import org.onewindow.platform.web.problems.ProblemKind;
import org.onewindow.platform.web.problems.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;


/**
 * Answers a refused value in a request body ({@link InputRefused}, found by Spring as the cause of the
 * unreadable-body exception) with a 422 problem whose {@code errors[]} names the field as a JSON path
 * ({@code materials[0].name}) and the rule ({@code text.control-character}, {@code text.too-long}...). Ordered just
 * before the suite's general {@code ProblemExceptionHandler}, which answers every other unreadable body.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 100)
public class InputProblemHandler {

    @ExceptionHandler(InputRefused.class)
    public ResponseEntity<ProblemDetail> refused(InputRefused ex, HttpServletRequest request) {
        String field = ProblemExceptionHandler.jsonPath(ex.getPath()); // the form of every validation problem
        String rule = ex.flaw().rule();
        String message = ex.flaw().message();
        String detail = field == null ? "The request body " + message + "." : "Field '" + field + "' " + message + ".";
        ProblemDetail problem = Problems.ofRule(ProblemKind.RULE_VIOLATION, rule, detail,
                List.of(new ProblemError(field, rule, message)));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

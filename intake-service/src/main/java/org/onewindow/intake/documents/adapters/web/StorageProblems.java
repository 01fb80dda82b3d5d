package org.onewindow.intake.documents.adapters.web;

import java.util.List;

import org.onewindow.intake.documents.application.StorageUnavailable;
import org.onewindow.platform.web.problems.ProblemError;
import org.onewindow.platform.web.problems.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The object store down: 503 with Retry-After, nothing written (the upload's row is only written after its object). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StorageProblems {

    @ExceptionHandler(StorageUnavailable.class)
    public ResponseEntity<ProblemDetail> unavailable(StorageUnavailable ex) {
        ProblemDetail problem = Problems.ofStatus(503, "The document store is not reachable; nothing was stored. "
                + "Try again later.", List.of(new ProblemError(null, "intake.document-store-unavailable",
                "the object store did not answer")));
        return ResponseEntity.status(503).header(HttpHeaders.RETRY_AFTER, "30")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

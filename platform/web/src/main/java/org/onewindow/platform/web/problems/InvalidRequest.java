package org.onewindow.platform.web.problems;

import java.util.List;

/**
 * The request's shape is wrong (a query parameter out of range, a header malformed): HTTP 400
 * {@code validation-failed}, with one {@link ProblemError} per broken rule. Domain rules use the kernel's
 * {@code RuleViolation} (422) instead.
 */
public class InvalidRequest extends RuntimeException {

    private final transient List<ProblemError> errors;

    public InvalidRequest(List<ProblemError> errors) {
        super(errors.isEmpty() ? "invalid request" : errors.getFirst().message());
        this.errors = List.copyOf(errors);
    }

    public InvalidRequest(String field, String rule, String message) {
        this(List.of(new ProblemError(field, rule, message)));
    }

    public List<ProblemError> errors() {
        return errors;
    }
}

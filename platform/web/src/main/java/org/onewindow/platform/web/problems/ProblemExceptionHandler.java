package org.onewindow.platform.web.problems;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.RuleException;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;
import org.onewindow.platform.kernel.Violation;
import org.onewindow.platform.web.edges.ClientFaults;
import org.onewindow.platform.web.etags.PreconditionFailed;
import org.onewindow.platform.web.etags.PreconditionRequired;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every error a service raises into an RFC 9457 problem document (DESIGN §8): Spring MVC's own
 * exceptions (through {@link ResponseEntityExceptionHandler}), the kernel's domain exceptions, optimistic locking,
 * duplicate keys, and, last, anything else as a 500 that names a trace id but never the exception.
 *
 * <p>Ordered last: a service's own {@code @RestControllerAdvice} takes precedence when it carries an
 * {@code @Order} below {@link Ordered#LOWEST_PRECEDENCE}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);
    private static final String UNIQUE_VIOLATION = "23505";

    private final Supplier<String> currentTraceId;

    /** Trace ids from the logging MDC (where Micrometer Tracing puts them). */
    public ProblemExceptionHandler() {
        this(() -> MDC.get("traceId"));
    }

    /** @param currentTraceId the current request's trace id, or null when there is none */
    public ProblemExceptionHandler(Supplier<String> currentTraceId) {
        this.currentTraceId = currentTraceId;
    }

    @ExceptionHandler(RuleViolation.class)
    public ResponseEntity<ProblemDetail> ruleViolation(RuleViolation ex, HttpServletRequest request) {
        List<ProblemError> errors = ex.violations().stream().map(ProblemExceptionHandler::toError).toList();
        Violation first = ex.first();
        return respond(request, Problems.ofRule(ProblemKind.RULE_VIOLATION, first.rule(), first.message(), errors));
    }

    @ExceptionHandler(StateConflict.class)
    public ResponseEntity<ProblemDetail> stateConflict(StateConflict ex, HttpServletRequest request) {
        return respond(request, ProblemKind.STATE_CONFLICT, ex);
    }

    @ExceptionHandler(NotFound.class)
    public ResponseEntity<ProblemDetail> notFound(NotFound ex, HttpServletRequest request) {
        return respond(request, Problems.of(ProblemKind.NOT_FOUND, ex.getMessage(), List.of()));
    }

    @ExceptionHandler(NotPermitted.class)
    public ResponseEntity<ProblemDetail> notPermitted(NotPermitted ex, HttpServletRequest request) {
        return respond(request, ProblemKind.NOT_PERMITTED, ex);
    }

    /** A refusal of one named rule: the rule is the problem's and its only error's. */
    private ResponseEntity<ProblemDetail> respond(HttpServletRequest request, ProblemKind kind, RuleException ex) {
        return respond(request, Problems.ofRule(kind, ex.rule(), ex.getMessage(),
                List.of(new ProblemError(null, ex.rule(), ex.getMessage()))));
    }

    @ExceptionHandler(InvalidRequest.class)
    public ResponseEntity<ProblemDetail> invalidRequest(InvalidRequest ex, HttpServletRequest request) {
        return respond(request, Problems.of(ProblemKind.VALIDATION_FAILED, ex.getMessage(), ex.errors()));
    }

    /** Bean validation invoked by hand ({@code Validator#validate}) or on a {@code @Validated} service. */
    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex,
            HttpServletRequest request) {
        List<ProblemError> errors = ex.getConstraintViolations().stream()
                .map(v -> new ProblemError(v.getPropertyPath().toString(),
                        v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                        v.getMessage()))
                .toList();
        return respond(request, Problems.of(ProblemKind.VALIDATION_FAILED, summary(errors), errors));
    }

    @ExceptionHandler(PreconditionFailed.class)
    public ResponseEntity<ProblemDetail> preconditionFailed(PreconditionFailed ex, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(ProblemKind.PRECONDITION_FAILED, ex.getMessage(),
                List.of(new ProblemError(HttpHeaders.IF_MATCH, "If-Match.stale", ex.getMessage())));
        return respondWithETag(request, problem, ex.currentETag());
    }

    /** A concurrent writer won the race between our read and our versioned update. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    public ResponseEntity<ProblemDetail> optimisticLock(OptimisticLockingFailureException ex,
            HttpServletRequest request) {
        return respond(request, Problems.of(ProblemKind.PRECONDITION_FAILED,
                "The resource was changed by another request; read it again and retry.", List.of()));
    }

    @ExceptionHandler(PreconditionRequired.class)
    public ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequired ex, HttpServletRequest request) {
        return respond(request, Problems.of(ProblemKind.PRECONDITION_REQUIRED, ex.getMessage(),
                List.of(new ProblemError(HttpHeaders.IF_MATCH, "required", ex.getMessage()))));
    }

    /** Only a duplicate key is the caller's doing; other integrity failures are our bugs (500). */
    @ExceptionHandler(DataIntegrityViolationException.class)
    public ResponseEntity<ProblemDetail> dataIntegrity(DataIntegrityViolationException ex,
            HttpServletRequest request) {
        if (UNIQUE_VIOLATION.equals(sqlState(ex))) {
            // the constraint name and the duplicate value stay in our logs, not in the response
            log.info("duplicate key on {} {}: {}", request.getMethod(), request.getRequestURI(),
                    ex.getMostSpecificCause().getMessage());
            return respond(request, Problems.of(ProblemKind.DUPLICATE,
                    "A resource with the same unique key already exists.", List.of()));
        }
        return unexpected(ex, request);
    }

    /** See {@link DatabaseUnavailable}: 503 with {@code Retry-After}, nothing changed. */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class})
    public ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException ex, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> response = respond(request,
                DatabaseUnavailable.answer(request.getMethod(), request.getRequestURI(), ex));
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER).body(response.getBody());
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
        ProblemDetail clientFault = ClientFaults.classify(ex);
        if (clientFault != null) {
            return respond(request, clientFault);
        }
        String traceId = currentTraceId.get();
        if (traceId == null || traceId.isBlank()) {
            // no tracing: a correlation id still ties the response to this log line
            traceId = UUID.randomUUID().toString();
        }
        log.error("unexpected error on {} {} [traceId={}]", request.getMethod(), request.getRequestURI(), traceId,
                ex);
        ProblemDetail problem = Problems.of(ProblemKind.INTERNAL_ERROR,
                "An unexpected error occurred. Quote trace id " + traceId + " when reporting it.", List.of());
        problem.setProperty(Problems.TRACE_ID, traceId);
        return respond(request, problem);
    }

    /** A record's compact constructor refused a value while the body was read: a rule, not bad syntax. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail clientFault = ClientFaults.specific(ex);
        if (clientFault != null && request instanceof ServletWebRequest servlet) {
            ResponseEntity<ProblemDetail> response = respond(servlet.getRequest(), clientFault);
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .body(response.getBody());
        }
        RuleViolation violation = findCause(ex, RuleViolation.class);
        if (violation != null && request instanceof ServletWebRequest servlet) {
            ResponseEntity<ProblemDetail> response = ruleViolation(violation, servlet.getRequest());
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .body(response.getBody());
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    /** Every Spring MVC exception passes here with Spring's default problem; we re-dress it in our conventions. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail given ? given : ProblemDetail.forStatus(status);
        describe(ex, problem, status.value());
        if (request instanceof ServletWebRequest servlet) {
            problem.setInstance(Problems.instance(servlet.getRequest().getRequestURI()));
        }
        HttpHeaders responseHeaders = new HttpHeaders();
        responseHeaders.addAll(headers);
        responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return super.handleExceptionInternal(ex, problem, responseHeaders, status, request);
    }

    private void describe(Exception ex, ProblemDetail problem, int status) {
        switch (ex) {
            case MethodArgumentNotValidException invalid -> {
                List<ProblemError> errors = bindingErrors(invalid.getBindingResult(), "");
                Problems.decorate(problem, ProblemKind.VALIDATION_FAILED, summary(errors), errors);
            }
            case HandlerMethodValidationException invalid -> {
                List<ProblemError> errors = methodValidationErrors(invalid);
                Problems.decorate(problem, ProblemKind.VALIDATION_FAILED, summary(errors), errors);
            }
            case HttpMessageNotReadableException unreadable -> malformedBody(unreadable, problem);
            case MethodArgumentTypeMismatchException mismatch -> typeMismatch(problem, mismatch.getName(), mismatch);
            case TypeMismatchException mismatch -> typeMismatch(problem, mismatch.getPropertyName(), mismatch);
            case MissingServletRequestParameterException missing -> Problems.decorate(problem,
                    ProblemKind.MISSING_PARAMETER, "Query parameter '" + missing.getParameterName() + "' is required.",
                    List.of(new ProblemError(missing.getParameterName(), "required", "is required")));
            case MissingRequestHeaderException missing -> Problems.decorate(problem, ProblemKind.MISSING_HEADER,
                    "Header '" + missing.getHeaderName() + "' is required.",
                    List.of(new ProblemError(missing.getHeaderName(), "required", "is required")));
            case HttpMediaTypeNotSupportedException unsupported -> Problems.decorate(problem,
                    ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                    "Content type " + unsupported.getContentType() + " is not supported; use one of "
                            + unsupported.getSupportedMediaTypes() + ".",
                    List.of(new ProblemError(HttpHeaders.CONTENT_TYPE, "unsupported-media-type",
                            "not supported")));
            case HttpRequestMethodNotSupportedException unsupported -> Problems.decorate(problem,
                    ProblemKind.METHOD_NOT_ALLOWED,
                    "Method " + unsupported.getMethod() + " is not supported here; allowed: "
                            + unsupported.getSupportedHttpMethods() + ".",
                    List.of());
            case NoResourceFoundException missing -> Problems.decorate(problem, ProblemKind.NOT_FOUND,
                    "No resource at this path.", List.of());
            default -> {
                ProblemKind kind = ProblemKind.forStatus(status);
                if (status >= 500) {
                    log.error("request failed with {}", status, ex);
                    Problems.decorate(problem, kind, "The service could not handle this request.", List.of());
                } else {
                    Problems.decorate(problem, kind, null, List.of());
                }
                problem.setType(Problems.typeUri(kind.slug()));
            }
        }
    }

    private static void malformedBody(HttpMessageNotReadableException ex, ProblemDetail problem) {
        JacksonException jackson = findCause(ex, JacksonException.class);
        if (jackson == null) {
            Problems.decorate(problem, ProblemKind.MALFORMED_BODY, "The request body is missing or unreadable.",
                    List.of(new ProblemError(null, "required", "a JSON body is required")));
            return;
        }
        String field = jsonPath(jackson.getPath());
        String rule;
        String message;
        if (jackson instanceof StreamReadException && field == null) {
            rule = "json-syntax";
            message = "is not well-formed JSON";
        } else if (jackson instanceof UnrecognizedPropertyException) {
            rule = "unknown-property";
            message = "is not a known property";
        } else {
            // Jackson's own message quotes the input and our class names: neither belongs in a response
            rule = "type-mismatch";
            message = "has the wrong type or format";
        }
        String detail = field == null ? "The request body " + message + "."
                : "Field '" + field + "' " + message + ".";
        Problems.decorate(problem, ProblemKind.MALFORMED_BODY, detail, List.of(new ProblemError(field, rule, message)));
    }

    private static void typeMismatch(ProblemDetail problem, String name, TypeMismatchException ex) {
        String expected = ex.getRequiredType() == null ? "value" : ex.getRequiredType().getSimpleName();
        String message = "must be a valid " + expected;
        Problems.decorate(problem, ProblemKind.TYPE_MISMATCH, "Parameter '" + name + "' " + message + ".",
                List.of(new ProblemError(name, "type-mismatch", message)));
    }

    private static List<ProblemError> bindingErrors(Errors result, String prefix) {
        List<ProblemError> errors = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.add(new ProblemError(prefix + error.getField(), error.getCode(), error.getDefaultMessage()));
        }
        for (ObjectError error : result.getGlobalErrors()) {
            errors.add(new ProblemError(prefix.isEmpty() ? null : prefix.substring(0, prefix.length() - 1),
                    error.getCode(), error.getDefaultMessage()));
        }
        return errors;
    }

    private static List<ProblemError> methodValidationErrors(HandlerMethodValidationException ex) {
        List<ProblemError> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors bean) {
                errors.addAll(bindingErrors(bean, ""));
                continue;
            }
            String name = parameterName(result.getMethodParameter());
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(new ProblemError(name, constraintName(error), error.getDefaultMessage()));
            }
        }
        for (MessageSourceResolvable error : ex.getCrossParameterValidationResults()) {
            errors.add(new ProblemError(null, constraintName(error), error.getDefaultMessage()));
        }
        return errors;
    }

    /** The most general message code is the constraint's simple name ({@code Min}, {@code NotBlank}). */
    private static String constraintName(MessageSourceResolvable error) {
        String[] codes = error.getCodes();
        return codes == null || codes.length == 0 ? "invalid" : codes[codes.length - 1];
    }

    /** The name a client used: the request parameter, path variable or header, not the Java parameter. */
    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        return parameter.getParameterName();
    }

    /** {@code applicant.residentId}, {@code materials[0].name}; {@code null} when Jackson gave no location. */
    public static String jsonPath(List<JacksonException.Reference> path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static String summary(List<ProblemError> errors) {
        if (errors.isEmpty()) {
            return "The request is invalid.";
        }
        ProblemError first = errors.getFirst();
        String head = (first.field() == null ? "" : first.field() + ": ") + first.message();
        return errors.size() == 1 ? head : head + " (and " + (errors.size() - 1) + " more)";
    }

    private static ProblemError toError(Violation violation) {
        return new ProblemError(violation.field(), violation.rule(), violation.message());
    }

    private static String sqlState(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> respond(HttpServletRequest request, ProblemDetail problem) {
        problem.setInstance(Problems.instance(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ResponseEntity<ProblemDetail> respondWithETag(HttpServletRequest request, ProblemDetail problem,
            String eTag) {
        problem.setInstance(Problems.instance(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).eTag(eTag)
                .body(problem);
    }
}

package org.onewindow.platform.web.edges;

import java.util.List;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.onewindow.platform.web.problems.ProblemError;
import org.onewindow.platform.web.problems.ProblemKind;
import org.onewindow.platform.web.problems.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Exceptions that look like faults of ours but are the client's: a body over its limit, parameters Tomcat could
 * not decode, a multipart body without a boundary. Anything raised with one of these in its cause chain is a 4xx
 * problem, wherever it surfaced (a controller, a filter, the gateway's proxy, the error page).
 */
public final class ClientFaults {

    private ClientFaults() {
    }

    /** The problem for a client fault, or {@code null} when the exception is a real fault (500). */
    public static ProblemDetail classify(Throwable ex) {
        ProblemDetail specific = specific(ex);
        if (specific != null) {
            return specific;
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof HttpMessageNotReadableException) {
                return Problems.of(ProblemKind.MALFORMED_BODY, "The request body could not be read.",
                        List.of(new ProblemError(null, "body.unreadable", "cannot be read")));
            }
        }
        return null;
    }

    /**
     * Like {@link #classify} but without the generic "unreadable body": for callers that describe an unreadable
     * body better themselves (the JSON path of a Jackson error).
     */
    public static ProblemDetail specific(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyTooLarge tooLarge) {
                return bodyTooLarge(tooLarge.limit());
            }
            if (t instanceof MaxUploadSizeExceededException) {
                return Problems.of(ProblemKind.PAYLOAD_TOO_LARGE,
                        "The multipart request is larger than this service accepts.",
                        List.of(new ProblemError(null, "body.max-size", "is too large")));
            }
            if (t instanceof MultipartException) {
                return Problems.of(ProblemKind.MALFORMED_BODY,
                        "The multipart body could not be read (a missing boundary or a malformed part).",
                        List.of(new ProblemError(HttpHeaders.CONTENT_TYPE, "multipart.malformed",
                                "is not a readable multipart body")));
            }
            if (t instanceof InvalidParameterException invalid) {
                int status = invalid.getErrorCode() >= 400 && invalid.getErrorCode() < 500
                        ? invalid.getErrorCode() : 400;
                return Problems.ofStatus(status,
                        "The request's parameters could not be read (a malformed percent-escape, invalid UTF-8, "
                                + "or too many or too large parameters).",
                        List.of(new ProblemError(null, "parameters.malformed", "cannot be decoded")));
            }
        }
        return null;
    }

    static ProblemDetail bodyTooLarge(long limit) {
        return Problems.of(ProblemKind.PAYLOAD_TOO_LARGE,
                "The request body is larger than the " + limit + " bytes this endpoint accepts.",
                List.of(new ProblemError(null, "body.max-size", "must be at most " + limit + " bytes")));
    }
}

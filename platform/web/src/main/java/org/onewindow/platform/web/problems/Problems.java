package org.onewindow.platform.web.problems;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the suite's RFC 9457 problem documents: {@code type} (a stable URI per rule or kind), {@code title},
 * {@code title_zh}, {@code status}, {@code detail}, {@code instance} and {@code errors[]} (always present, maybe
 * empty, so clients need no null check).
 */
public final class Problems {

    /** Every problem type URI starts with this. */
    public static final String TYPE_BASE = "https://onewindow.org/problems/";
    public static final String TITLE_ZH = "title_zh";
    public static final String ERRORS = "errors";
    public static final String TRACE_ID = "traceId";

    private Problems() {
    }

    /** A problem of a fixed kind; the type URI is the kind's slug. */
    public static ProblemDetail of(ProblemKind kind, String detail, List<ProblemError> errors) {
        return build(kind.status(), kind.slug(), kind, detail, errors);
    }

    /** A problem whose type URI names a domain rule (e.g. {@code resident-id.check-character}). */
    public static ProblemDetail ofRule(ProblemKind kind, String rule, String detail, List<ProblemError> errors) {
        String slug = rule == null || rule.isBlank() ? kind.slug() : rule;
        return build(kind.status(), slug, kind, detail, errors);
    }

    /** Re-dresses a problem Spring already built (keeps its status and any extra members). */
    public static ProblemDetail decorate(ProblemDetail problem, ProblemKind kind, String detail,
            List<ProblemError> errors) {
        problem.setType(typeUri(kind.slug()));
        problem.setTitle(kind.title());
        problem.setProperty(TITLE_ZH, kind.titleZh());
        if (detail != null) {
            problem.setDetail(detail);
        }
        problem.setProperty(ERRORS, List.copyOf(errors));
        return problem;
    }

    /**
     * A problem for a bare status (from Tomcat or a servlet {@code sendError}): the status is kept as it is, the
     * type and titles are those of {@link ProblemKind#forStatus(int)}.
     */
    public static ProblemDetail ofStatus(int status, String detail, List<ProblemError> errors) {
        ProblemKind kind = ProblemKind.forStatus(status);
        return decorate(ProblemDetail.forStatus(status), kind, detail, errors);
    }

    /**
     * The {@code instance} member for a request path, or {@code null} when the path is not a valid URI reference
     * (a hostile path must not turn the problem itself into a 500).
     */
    public static URI instance(String requestUri) {
        if (requestUri == null) {
            return null;
        }
        try {
            return URI.create(requestUri);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static URI typeUri(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    /** The document as an ordered map, for writers outside Spring MVC (filters, security handlers). */
    public static Map<String, Object> toMap(ProblemDetail problem) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", problem.getType().toString());
        map.put("title", problem.getTitle());
        map.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            map.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            map.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            map.putAll(problem.getProperties());
        }
        return map;
    }

    private static ProblemDetail build(HttpStatusCode status, String slug, ProblemKind kind, String detail,
            List<ProblemError> errors) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        return decorateWithType(problem, slug, kind, detail, errors);
    }

    private static ProblemDetail decorateWithType(ProblemDetail problem, String slug, ProblemKind kind, String detail,
            List<ProblemError> errors) {
        decorate(problem, kind, detail, errors);
        problem.setType(typeUri(slug));
        return problem;
    }
}

package org.onewindow.platform.web.edges;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.onewindow.platform.kernel.InputText;
import org.onewindow.platform.web.problems.ProblemError;
import org.onewindow.platform.web.problems.ProblemKind;
import org.onewindow.platform.web.problems.ProblemResponseWriter;
import org.onewindow.platform.web.problems.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the text of every request's path, query parameters and header values before anything else reads them,
 * in every service and the gateway alike:
 * <ul>
 * <li>a malformed percent-escape ({@code %zz}, a lone {@code %}) is a 400 {@code malformed-uri} problem;</li>
 * <li>bytes that are not UTF-8 once decoded are a 422 {@code text.invalid-utf8} naming the parameter;</li>
 * <li>a control character (NUL, other C0 except TAB, DEL, C1) or a lone surrogate is a 422
 * {@code text.control-character} naming the parameter, header, or {@code path}
 * ({@link InputText#firstRefused}, the scan behind JSON body fields too).</li>
 * <li>a Content-Type that is no media type or a wildcard is a 415.</li>
 * </ul>
 * The query string is decoded here, strictly, so Tomcat's lenient or failing parameter parser never meets it.
 * Request bodies are not this filter's business.
 */
public class RequestTextFilter extends OncePerRequestFilter {

    public static final String INVALID_UTF8_RULE = InputText.INVALID_UTF8;
    public static final String MALFORMED_ESCAPE_RULE = "uri.malformed-escape";

    private final ProblemResponseWriter problems;

    public RequestTextFilter(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProblemDetail problem = checkPath(request.getRequestURI());
        if (problem == null) {
            problem = checkQuery(request.getQueryString());
        }
        if (problem == null) {
            problem = checkHeaders(request);
        }
        if (problem == null) {
            problem = checkContentType(request.getHeader(HttpHeaders.CONTENT_TYPE));
        }
        if (problem != null) {
            problems.write(request, response, problem);
            return;
        }
        chain.doFilter(request, response);
    }

    static ProblemDetail checkPath(String rawPath) {
        if (rawPath == null) {
            return null;
        }
        for (String segment : rawPath.split("/", -1)) {
            // a matrix parameter (;jsessionid=...) is part of the segment as far as its characters go
            ProblemDetail problem = checkComponent("path", segment, false);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    static ProblemDetail checkQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        for (String pair : rawQuery.split("&", -1)) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            UriText.Decoded name = UriText.decode(rawName, true);
            if (!name.ok()) {
                return refused("query", name.failure(), "a query parameter name");
            }
            String field = name.text();
            if (InputText.firstRefused(field, false) >= 0) {
                return controlCharacter("query", "a query parameter name");
            }
            if (eq >= 0) {
                ProblemDetail problem = checkComponent(field, pair.substring(eq + 1), true);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    static ProblemDetail checkComponent(String field, String raw, boolean query) {
        UriText.Decoded decoded = UriText.decode(raw, query);
        String where = query ? "query parameter '" + field + "'" : "the request path";
        if (!decoded.ok()) {
            return refused(field, decoded.failure(), where);
        }
        if (InputText.firstRefused(decoded.text(), false) >= 0) {
            return controlCharacter(field, where);
        }
        return null;
    }

    /**
     * Header values arrive as ISO-8859-1 chars; when they are UTF-8 bytes (a client sending raw UTF-8) they are
     * judged after decoding, so that Chinese text is not mistaken for C1 control characters.
     */
    static ProblemDetail checkHeaders(HttpServletRequest request) {
        Enumeration<String> names = request.getHeaderNames();
        while (names != null && names.hasMoreElements()) {
            String name = names.nextElement();
            Enumeration<String> values = request.getHeaders(name);
            while (values != null && values.hasMoreElements()) {
                String value = values.nextElement();
                if (!acceptableHeaderValue(value)) {
                    return controlCharacter(name, "header '" + name + "'");
                }
            }
        }
        return null;
    }

    static boolean acceptableHeaderValue(String value) {
        if (value == null || InputText.firstRefused(value, false) < 0) {
            return true;
        }
        if (value.chars().anyMatch(c -> c > 0xFF)) {
            return false;
        }
        try {
            String utf8 = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(value.getBytes(StandardCharsets.ISO_8859_1))).toString();
            return InputText.firstRefused(utf8, false) < 0;
        } catch (CharacterCodingException e) {
            return false; // neither UTF-8 nor free of C1 controls
        }
    }

    /**
     * A Content-Type that is not a media type, or a wildcard ({@code *}{@code /*}), describes no body: 415 here,
     * because Spring's readers would fail on it with an exception that is not a client error.
     */
    static ProblemDetail checkContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String rule;
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            if (!type.isWildcardType() && !type.isWildcardSubtype()) {
                return null;
            }
            rule = "content-type.wildcard";
        } catch (InvalidMediaTypeException e) {
            rule = "content-type.invalid";
        }
        return Problems.of(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                "The Content-Type header must name one concrete media type, such as application/json.",
                List.of(new ProblemError(HttpHeaders.CONTENT_TYPE, rule, "is not a concrete media type")));
    }

    private static ProblemDetail refused(String field, UriText.Failure failure, String where) {
        if (failure == UriText.Failure.MALFORMED_ESCAPE) {
            return Problems.of(ProblemKind.MALFORMED_URI,
                    "The request URI has a malformed percent-escape in " + where
                            + " ('%' must be followed by two hex digits).",
                    List.of(new ProblemError(field, MALFORMED_ESCAPE_RULE, "has a malformed percent-escape")));
        }
        return Problems.ofRule(ProblemKind.RULE_VIOLATION, INVALID_UTF8_RULE,
                "The text of " + where + " is not valid UTF-8.",
                List.of(new ProblemError(field, INVALID_UTF8_RULE, "is not valid UTF-8")));
    }

    private static ProblemDetail controlCharacter(String field, String where) {
        String rule = InputText.CONTROL_CHARACTER;
        return Problems.ofRule(ProblemKind.RULE_VIOLATION, rule,
                "The text of " + where + " contains a control character or an unpaired surrogate.",
                List.of(new ProblemError(field, rule, "must not contain control characters")));
    }
}

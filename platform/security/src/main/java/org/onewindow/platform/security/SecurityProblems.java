package org.onewindow.platform.security;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem documents from filters, where no Spring MVC message converter is at hand.
 * The shape matches what platform-web writes from controllers: type, title, status, detail, instance.
 */
public final class SecurityProblems {

    public static final URI UNAUTHENTICATED = URI.create("https://onewindow.org/problems/unauthenticated");
    public static final URI FORBIDDEN = URI.create("https://onewindow.org/problems/forbidden");
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SecurityProblems() {
    }

    /** The problem document as an ordered map, for callers that serialise it themselves. */
    public static Map<String, Object> body(URI type, String title, int status, String detail, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.toString());
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        return body;
    }

    /** Writes the problem to the response unless it was already committed. */
    public static void write(HttpServletRequest request, HttpServletResponse response, URI type, String title,
                             int status, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status);
        response.setContentType(PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body(type, title, status, detail, request.getRequestURI()));
    }
}

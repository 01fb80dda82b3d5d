package org.onewindow.platform.web.problems;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as a problem document ({@code unauthenticated}), with the {@code WWW-Authenticate: Bearer} challenge
 * RFC 6750 asks for. The cause is not echoed: token parsing details help attackers more than callers.
 */
public record ProblemAuthenticationEntryPoint(ProblemResponseWriter writer) implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        writer.write(request, response, Problems.of(ProblemKind.UNAUTHENTICATED,
                "A valid bearer token is required for this resource.", List.of()));
    }
}

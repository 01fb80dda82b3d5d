package org.onewindow.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** Default 401: an RFC 9457 problem plus the RFC 6750 {@code WWW-Authenticate} challenge. */
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        // The decoder's message may echo token content; say only which of the two cases it is.
        boolean invalidToken = failure instanceof InvalidBearerTokenException;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        SecurityProblems.write(request, response, SecurityProblems.UNAUTHENTICATED, "Unauthenticated",
                HttpServletResponse.SC_UNAUTHORIZED,
                invalidToken ? "The bearer token is invalid or has expired (令牌无效或已过期)."
                        : "A bearer token is required (需要登录).");
    }
}

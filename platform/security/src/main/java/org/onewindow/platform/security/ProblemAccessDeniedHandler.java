package org.onewindow.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Default 403 as an RFC 9457 problem. */
public final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        SecurityProblems.write(request, response, SecurityProblems.FORBIDDEN, "Forbidden",
                HttpServletResponse.SC_FORBIDDEN,
                "Your roles do not allow this action (无权执行此操作).");
    }
}

package org.onewindow.platform.web.problems;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 as a problem document ({@code forbidden}): the caller is known but lacks the role this resource needs. */
public record ProblemAccessDeniedHandler(ProblemResponseWriter writer) implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException {
        writer.write(request, response, Problems.of(ProblemKind.FORBIDDEN,
                "Your roles do not allow this request.", List.of()));
    }
}

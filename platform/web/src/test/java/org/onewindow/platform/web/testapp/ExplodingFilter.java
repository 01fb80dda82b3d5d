package org.onewindow.platform.web.testapp;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A real fault outside Spring MVC: a filter that throws when asked to (header {@code X-Explode}; {@code database}: the
 * database cannot be reached).
 */
@Component
public class ExplodingFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("database".equals(request.getHeader("X-Explode"))) {
            UnreachableDatabase.beginTransaction(); // as the idempotency filter's transaction would fail
        }
        if (request.getHeader("X-Explode") != null) {
            throw new IllegalStateException("filter failed: password=hunter2");
        }
        chain.doFilter(request, response);
    }
}

package org.onewindow.gateway;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.onewindow.platform.web.idempotency.IdempotencyKeyRule;
import org.onewindow.platform.web.problems.ProblemResponseWriter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The gateway refuses a POST with a malformed {@code Idempotency-Key} itself, with the services' own rule and
 * problem ({@link IdempotencyKeyRule}): a key the HTTP client would drop or mangle on the way (non-ASCII) would
 * otherwise reach the service without a key, and the same POST sent twice would create two cases.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyKeyFilterConfiguration {

    /** After Spring Security's chain (order -100), like the services' filter: 401 before 400, as there. */
    static final int ORDER = 0;

    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(ProblemResponseWriter problems) {
        FilterRegistrationBean<IdempotencyKeyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyKeyFilter(problems));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static final class IdempotencyKeyFilter extends OncePerRequestFilter {

        private final ProblemResponseWriter problems;

        IdempotencyKeyFilter(ProblemResponseWriter problems) {
            this.problems = problems;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!IdempotencyKeyRule.refuseMalformed(request, response, problems)) {
                chain.doFilter(request, response);
            }
        }
    }
}

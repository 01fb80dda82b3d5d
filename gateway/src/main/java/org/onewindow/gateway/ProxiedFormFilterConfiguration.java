package org.onewindow.gateway;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.gateway.server.mvc.filter.FormFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The gateway's {@link FormFilter} turns form fields back into a body so they can be proxied, but hides them
 * from the gateway's own controllers (spring-cloud-gateway#3392): {@code POST /auth/token} with a form would
 * see no fields. The stock filter is switched off ({@code spring.cloud.gateway.server.webmvc.form-filter.enabled=false})
 * and applied here to proxied paths only.
 */
@Configuration(proxyBeanMethods = false)
class ProxiedFormFilterConfiguration {

    @Bean
    FilterRegistrationBean<ProxiedFormFilter> proxiedFormFilter() {
        FilterRegistrationBean<ProxiedFormFilter> registration = new FilterRegistrationBean<>(new ProxiedFormFilter());
        registration.setOrder(FormFilter.FORM_FILTER_ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static final class ProxiedFormFilter extends OncePerRequestFilter {
        private final FormFilter formFilter = new FormFilter();

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI();
            if (path.startsWith("/api/") || path.startsWith("/services/")) {
                formFilter.doFilter(request, response, chain);
            } else {
                chain.doFilter(request, response);
            }
        }
    }
}

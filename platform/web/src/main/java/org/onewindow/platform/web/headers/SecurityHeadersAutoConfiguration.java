package org.onewindow.platform.web.headers;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.web.util.OnCommittedResponseWrapper;

/**
 * {@link SecurityHeadersFilter} in every servlet application (services and gateway),
 * {@code onewindow.web.security-headers.enabled} (default true). It runs before the edge filters (body limit, text
 * checks) and Spring Security, so their refusals carry the headers too.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(OnCommittedResponseWrapper.class)
@ConditionalOnBooleanProperty(name = "onewindow.web.security-headers.enabled", matchIfMissing = true)
public class SecurityHeadersAutoConfiguration {

    public static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(FILTER_ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }
}

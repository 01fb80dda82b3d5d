package org.onewindow.gateway.ratelimit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "onewindow.gateway.rate-limit", name = "enabled", matchIfMissing = true)
class RateLimitConfiguration {

    /** After Spring Security's chain (order -100 by default), so the client's identity is known. */
    static final int ORDER = 0;

    @Bean
    ClientRateLimiter clientRateLimiter(RateLimitProperties properties) {
        return new ClientRateLimiter(properties.capacity(), properties.refillPerSecond(), properties.maxClients(),
                System::nanoTime);
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(ClientRateLimiter limiter, RateLimitProperties properties) {
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(limiter, properties));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }
}

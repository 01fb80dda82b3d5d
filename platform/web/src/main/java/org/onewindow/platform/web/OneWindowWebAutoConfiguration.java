package org.onewindow.platform.web;

import java.util.List;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

import org.onewindow.platform.web.observability.ReadinessMeter;
import org.onewindow.platform.web.openapi.CapabilityTagOperationCustomizer;
import org.onewindow.platform.web.openapi.CapabilityTags;
import org.onewindow.platform.web.openapi.OneWindowOpenApiCustomizer;
import org.onewindow.platform.web.openapi.PageQueryOperationCustomizer;
import org.onewindow.platform.web.openapi.RelativeServerUrlCustomizer;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageQueryArgumentResolver;
import org.onewindow.platform.web.problems.ProblemAccessDeniedHandler;
import org.onewindow.platform.web.problems.ProblemAuthenticationEntryPoint;
import org.onewindow.platform.web.problems.ProblemExceptionHandler;
import org.onewindow.platform.web.problems.ProblemResponseWriter;
import org.onewindow.platform.web.problems.SecurityProblemHandler;
import org.slf4j.MDC;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.json.JsonMapper;

/**
 * The web conventions every OneWindow service follows (DESIGN §8): problem details for every error, paging,
 * OpenAPI, and the problem-shaped 401/403 handlers platform-security picks up. Idempotency keys are configured by
 * {@link org.onewindow.platform.web.idempotency.IdempotencyAutoConfiguration} (they need a database).
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class OneWindowWebAutoConfiguration {

    /** Readiness as a gauge for the alert rules in deploy/observability (docs/operations.md, "Monitoring"). */
    @Bean
    ReadinessMeter onewindowReadinessMeter(ObjectProvider<HealthEndpoint> health) {
        return new ReadinessMeter(health);
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemExceptionHandler problemExceptionHandler(ObjectProvider<Tracer> tracers) {
        return new ProblemExceptionHandler(() -> {
            Tracer tracer = tracers.getIfAvailable();
            Span span = tracer == null ? null : tracer.currentSpan();
            return span == null ? MDC.get("traceId") : span.context().traceId();
        });
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemResponseWriter problemResponseWriter() {
        // our own mapper: problem documents must not change shape with a service's Jackson settings
        return new ProblemResponseWriter(JsonMapper.builder().build());
    }

    @Bean
    WebMvcConfigurer oneWindowPagingConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new PageQueryArgumentResolver());
            }
        };
    }

    /** Exposed as beans of Spring Security's interfaces: platform-security's filter chain uses them when present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(AuthenticationEntryPoint.class)
    static class SecurityProblems {

        @Bean
        @ConditionalOnMissingBean(AuthenticationEntryPoint.class)
        ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(ProblemResponseWriter writer) {
            return new ProblemAuthenticationEntryPoint(writer);
        }

        @Bean
        @ConditionalOnMissingBean(AccessDeniedHandler.class)
        ProblemAccessDeniedHandler problemAccessDeniedHandler(ProblemResponseWriter writer) {
            return new ProblemAccessDeniedHandler(writer);
        }

        @Bean
        SecurityProblemHandler securityProblemHandler() {
            return new SecurityProblemHandler();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(OpenApiCustomizer.class)
    static class OpenApi {

        OpenApi() {
            // PageQuery is documented by PageQueryOperationCustomizer, not as a request object
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageQuery.class);
        }

        @Bean
        OneWindowOpenApiCustomizer oneWindowOpenApiCustomizer(Environment environment) {
            return new OneWindowOpenApiCustomizer(environment.getProperty("spring.application.name", "onewindow"),
                    environment.getProperty("onewindow.web.openapi.version", "v1"));
        }

        @Bean
        PageQueryOperationCustomizer pageQueryOperationCustomizer() {
            return new PageQueryOperationCustomizer();
        }

        @Bean
        CapabilityTagOperationCustomizer capabilityTagOperationCustomizer() {
            return new CapabilityTagOperationCustomizer(CapabilityTags.load());
        }

        @Bean
        RelativeServerUrlCustomizer relativeServerUrlCustomizer() {
            return new RelativeServerUrlCustomizer();
        }
    }
}

package org.onewindow.platform.web.edges;

import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.onewindow.platform.web.problems.ProblemResponseWriter;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.FormContentFilter;

/**
 * Errors at the edges (DESIGN §8): whatever a client sends, the answer is a problem document with a 4xx, from
 * every service and the gateway alike. Tomcat's error report valve, the error page, Spring Security's firewall,
 * the request-body limit and the check of path, query and header text.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({RequestBodyProperties.class, RequestsProperties.class})
public class EdgeProblemsAutoConfiguration {

    /** Right after the observation filter (HIGHEST_PRECEDENCE + 1), so refusals carry a trace id. */
    public static final int BODY_LIMIT_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 2;
    public static final int TEXT_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 3;
    /** Beside the body limit (neither does work the other needs): before any body is read or work is done. */
    public static final int ADMISSION_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController(ProblemResponseWriter writer, ObjectProvider<Tracer> tracers) {
        return new ProblemErrorController(writer, traceIds(tracers));
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(RequestBodyProperties properties,
            ProblemResponseWriter writer) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(properties, writer));
        registration.setOrder(BODY_LIMIT_FILTER_ORDER);
        return registration;
    }

    /**
     * Without Boot's availability bean (test slices) the instance counts as ready. The bean is looked up once here,
     * not per request: the filter is on every request's path.
     */
    @Bean
    FilterRegistrationBean<AdmissionFilter> admissionFilter(ObjectProvider<ApplicationAvailability> availability,
            RequestsProperties requests, ProblemResponseWriter writer) {
        ApplicationAvailability state = availability.getIfAvailable();
        FilterRegistrationBean<AdmissionFilter> registration = new FilterRegistrationBean<>(new AdmissionFilter(
                state == null ? () -> ReadinessState.ACCEPTING_TRAFFIC : state::getReadinessState,
                requests.maxInFlight(), writer));
        registration.setOrder(ADMISSION_FILTER_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestTextFilter> requestTextFilter(ProblemResponseWriter writer) {
        FilterRegistrationBean<RequestTextFilter> registration = new FilterRegistrationBean<>(
                new RequestTextFilter(writer));
        registration.setOrder(TEXT_FILTER_ORDER);
        return registration;
    }

    /** Spring Boot's form filter, with a reader that calls a malformed form body unreadable rather than failing. */
    @Bean
    static BeanPostProcessor strictFormContentFilter() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof FormContentFilter filter) {
                    filter.setFormConverter(new StrictFormConverter());
                }
                return bean;
            }
        };
    }

    static Supplier<String> traceIds(ObjectProvider<Tracer> tracers) {
        return () -> {
            Tracer tracer = tracers.getIfAvailable();
            Span span = tracer == null ? null : tracer.currentSpan();
            return span == null ? MDC.get("traceId") : span.context().traceId();
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(RequestRejectedHandler.class)
    static class Firewall {

        @Bean
        @ConditionalOnMissingBean(RequestRejectedHandler.class)
        ProblemRequestRejectedHandler problemRequestRejectedHandler(ProblemResponseWriter writer) {
            return new ProblemRequestRejectedHandler(writer);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class TomcatErrorReports {

        /** After Spring Boot's own customizer, which adds a plain {@link ErrorReportValve} we replace. */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValveCustomizer() {
            return new ProblemValveCustomizer();
        }
    }

    static final class ProblemValveCustomizer
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container host = context.getParent();
                if (host instanceof StandardHost standardHost) {
                    // the host would otherwise add Tomcat's HTML valve when it starts
                    standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemErrorReportValve());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}

package org.onewindow.platform.commands;

import java.time.Clock;

import javax.sql.DataSource;

import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.security.OneWindowSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.HandlerTypePredicate;
import org.springframework.web.servlet.config.annotation.PathMatchConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * 查询留痕 ({@link PersonalDataReads}) and the trail's endpoints ({@link TrailController}) in every web service on
 * the command path. The endpoints live under {@code onewindow.trail.api-prefix}, by default
 * {@code /api/<spring.application.name without "-service">/v1} (e.g. {@code /api/intake/v1}), where the gateway
 * already routes that service.
 */
@AutoConfiguration(after = {CommandsAutoConfiguration.class, ClockAutoConfiguration.class,
        OneWindowSecurityAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({AuditTrail.class, CurrentActor.class})
public class TrailAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PersonalDataReads personalDataReads(DataSource dataSource, CurrentActor currentActor, Clock clock) {
        return new PersonalDataReads(JdbcClient.create(dataSource), currentActor, clock);
    }

    @Bean
    TrailController trailController(AuditTrail auditTrail, PersonalDataReads reads) {
        return new TrailController(auditTrail, reads);
    }

    @Bean
    WebMvcConfigurer trailApiPrefix(Environment environment) {
        String prefix = apiPrefix(environment);
        return new WebMvcConfigurer() {
            @Override
            public void configurePathMatch(PathMatchConfigurer configurer) {
                configurer.addPathPrefix(prefix, HandlerTypePredicate.forAssignableType(TrailController.class));
            }
        };
    }

    static String apiPrefix(Environment environment) {
        String configured = environment.getProperty("onewindow.trail.api-prefix");
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String service = environment.getProperty("spring.application.name", "service");
        if (service.endsWith("-service")) {
            service = service.substring(0, service.length() - "-service".length());
        }
        return "/api/" + service + "/v1";
    }
}

package org.onewindow.platform.web.input;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Input limits for every service (issue 7): request bodies are read by a JSON converter whose mapper is the
 * application's plus {@link InputTextModule}, and refused values are answered by {@link InputProblemHandler}.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({JsonMapper.class, JacksonJsonHttpMessageConverter.class})
public class InputAutoConfiguration {

    @Bean
    InputProblemHandler inputProblemHandler() {
        return new InputProblemHandler();
    }

    /** Ordered after Spring Boot's own MVC configurer (order 0), so this JSON converter replaces its one. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebMvcConfigurer inputTextJsonConverter(ObjectProvider<JsonMapper> jsonMapper) {
        JsonMapper checked = jsonMapper.getIfAvailable(() -> JsonMapper.builder().build()).rebuild()
                .addModule(new InputTextModule()).build();
        return new WebMvcConfigurer() {
            @Override
            public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
                builder.withJsonConverter(new JacksonJsonHttpMessageConverter(checked));
            }
        };
    }
}

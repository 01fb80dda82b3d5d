package org.onewindow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.security.testapp.SecurityTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** What a service (or platform-web) may replace: the 401 writer and the whole filter chain. */
class CustomisationTest {

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("onewindow.security.jwt.public-key-location", SecurityKeys::publicKeyLocation);
    }

    @Nested
    @SpringBootTest(classes = {SecurityTestApplication.class, EntryPointFromContext.Config.class})
    @AutoConfigureMockMvc
    class EntryPointFromContext {

        @Configuration(proxyBeanMethods = false)
        static class Config {
            @Bean
            AuthenticationEntryPoint contributedEntryPoint() {
                return (request, response, e) -> {
                    response.setStatus(401);
                    response.setContentType("application/problem+json");
                    response.getWriter().write("{\"type\":\"urn:test:contributed\",\"status\":401}");
                };
            }
        }

        @Autowired
        MockMvc mvc;

        @Test
        void a_contributed_entry_point_answers_the_unauthenticated_call() throws Exception {
            mvc.perform(get("/api/test/v1/me"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.type").value("urn:test:contributed"));
        }
    }

    @Nested
    @SpringBootTest(classes = {SecurityTestApplication.class, OwnFilterChain.Config.class})
    @AutoConfigureMockMvc
    class OwnFilterChain {

        @Configuration(proxyBeanMethods = false)
        static class Config {
            @Bean
            SecurityFilterChain serviceChain(HttpSecurity http) throws Exception {
                return http.authorizeHttpRequests(a -> a.anyRequest().denyAll()).build();
            }
        }

        @Autowired
        ApplicationContext context;

        @Autowired
        MockMvc mvc;

        @Test
        void the_services_chain_replaces_the_platform_one() throws Exception {
            assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("serviceChain");
            // denyAll even on a path the platform chain leaves public
            mvc.perform(get("/actuator/health")).andExpect(status().is4xxClientError());
            assertThat(context.getBean(CurrentActor.class)).isNotNull();
        }
    }
}

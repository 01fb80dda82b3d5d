package org.onewindow.gateway;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.stripPrefix;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.net.URI;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Routes per service: {@code /api/<s>/**} passed on unchanged (services serve {@code /api/<s>/v1/...}
 * themselves), and {@code /services/<s>/actuator/health/**} and {@code /services/<s>/v3/api-docs/**}
 * with the {@code /services/<s>} prefix stripped, for probes and the aggregated Swagger UI.
 * The Authorization header travels on untouched: each service verifies the token again.
 */
@Configuration(proxyBeanMethods = false)
class RouteConfiguration {

    @Bean
    RouterFunction<ServerResponse> serviceRoutes(ServiceRoutes routes) {
        RouterFunction<ServerResponse> all = null;
        for (Map.Entry<String, URI> entry : routes.byService().entrySet()) {
            RouterFunction<ServerResponse> service = routesOf(entry.getKey(), entry.getValue());
            all = all == null ? service : all.and(service);
        }
        return all;
    }

    private static RouterFunction<ServerResponse> routesOf(String service, URI base) {
        String services = "/services/" + service;
        RouterFunction<ServerResponse> api = route(service + "-api")
                .route(path("/api/" + service + "/**"), http())
                .before(uri(base))
                .build();
        RouterFunction<ServerResponse> health = route(service + "-health")
                .route(path(services + "/actuator/health/**"), http())
                .before(stripPrefix(2))
                .before(uri(base))
                .build();
        RouterFunction<ServerResponse> docs = route(service + "-api-docs")
                .route(path(services + "/v3/api-docs/**"), http())
                .before(stripPrefix(2))
                .before(uri(base))
                .build();
        return api.and(health).and(docs);
    }
}

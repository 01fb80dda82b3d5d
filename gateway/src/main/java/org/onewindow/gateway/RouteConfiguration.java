package org.onewindow.gateway;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.stripPrefix;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.filter.LoadBalancerFilterFunctions.lb;
import static org.springframework.cloud.gateway.server.mvc.filter.RetryFilterFunctions.retry;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.discovery.simple.SimpleDiscoveryProperties;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.ResourceAccessException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Routes per service: {@code /api/<s>/**} passed on unchanged (services serve {@code /api/<s>/v1/...}
 * themselves), and {@code /services/<s>/actuator/health/**} and {@code /services/<s>/v3/api-docs/**}
 * with the {@code /services/<s>} prefix stripped, for probes and the aggregated Swagger UI.
 * The Authorization header travels on untouched: each service verifies the token again.
 *
 * <p>A service with several instances ({@link LoadBalancedRoutes}) is routed to {@code lb://<service>}, and its GETs
 * are tried again on another instance when one refuses the connection (a POST is not: the client retries it with
 * its Idempotency-Key).
 */
@Configuration(proxyBeanMethods = false)
class RouteConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RouteConfiguration.class);
    /** Attempts after the first for an idempotent request that could not reach an instance. */
    static final int RETRIES = 2;
    /** Requests the gateway itself sends again to another instance when one could not be reached. */
    static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD);

    @Bean
    RouterFunction<ServerResponse> serviceRoutes(ServiceRoutes routes, SimpleDiscoveryProperties discovery,
                                                 DnsReplicas dnsReplicas) {
        Set<String> balanced = LoadBalancedRoutes.balanced(discovery, dnsReplicas);
        RouterFunction<ServerResponse> all = null;
        for (Map.Entry<String, URI> entry : routes.byService().entrySet()) {
            String name = entry.getKey();
            RouterFunction<ServerResponse> service;
            if (balanced.contains(name)) {
                log.info("Routing {} to lb://{}: {}", name, name, LoadBalancedRoutes.instances(discovery, dnsReplicas, routes, name));
                service = routesOf(name, new Balanced(name));
            } else {
                service = routesOf(name, new Single(entry.getValue()));
            }
            all = all == null ? service : all.and(service);
        }
        return all;
    }

    /** Where one service's requests go: its one base URI, or its instances through the load balancer. */
    private sealed interface Target permits Single, Balanced {
        RouterFunction<ServerResponse> to(RouterFunctions.Builder route);
    }

    private record Single(URI base) implements Target {
        @Override
        public RouterFunction<ServerResponse> to(RouterFunctions.Builder route) {
            return route.before(uri(base)).build();
        }
    }

    private record Balanced(String service) implements Target {
        @Override
        public RouterFunction<ServerResponse> to(RouterFunctions.Builder route) {
            // retry outside lb: each attempt chooses an instance again
            HandlerFilterFunction<ServerResponse, ServerResponse> retry = retry(config -> config.setRetries(RETRIES)
                    .setSeries(Set.of())
                    .setMethods(IDEMPOTENT)
                    .setExceptions(Set.of(IOException.class, ResourceAccessException.class)));
            // The retry filter checks the methods only for retries on a status; on an exception it retried a POST too,
            // with the body already consumed: the service got an empty body (400), and the client's own retry with
            // its Idempotency-Key then met a key recorded for that other body (422). Found by the two-instance ChaosIT.
            return route.filter((request, next) -> IDEMPOTENT.contains(request.method())
                            ? retry.filter(request, next) : next.handle(request))
                    .filter(lb(service))
                    .build();
        }
    }

    private static RouterFunction<ServerResponse> routesOf(String service, Target target) {
        String services = "/services/" + service;
        RouterFunction<ServerResponse> api = target.to(route(service + "-api")
                .route(path("/api/" + service + "/**"), http()));
        RouterFunction<ServerResponse> health = target.to(route(service + "-health")
                .route(path(services + "/actuator/health/**"), http())
                .before(stripPrefix(2)));
        RouterFunction<ServerResponse> docs = target.to(route(service + "-api-docs")
                .route(path(services + "/v3/api-docs/**"), http())
                .before(stripPrefix(2)));
        return api.and(health).and(docs);
    }
}

package org.onewindow.gateway;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.cloud.client.discovery.simple.InstanceProperties;
import org.springframework.cloud.client.discovery.simple.SimpleDiscoveryProperties;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Configuration;

/**
 * Several instances of a service: when {@code spring.cloud.discovery.client.simple.instances.<service>[k].uri} lists
 * them, the gateway routes {@code lb://<service>} (round robin, Spring Cloud LoadBalancer) instead of
 * {@code onewindow.routes.<service>}. An instance whose {@code /actuator/health/readiness} does not answer 200 is left
 * out until it does ({@code spring.cloud.loadbalancer.health-check.*}, checked every 2 s); an idempotent GET that
 * still meets a dead instance is tried again on another. A service without a list keeps its single route, exactly
 * as before (docs/operations.md, "Several instances").
 */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = HealthCheckedInstances.class)
class LoadBalancedRoutes {

    /** Services with a static instance list, by name; the others are routed by {@link ServiceRoutes}. */
    static Set<String> balanced(SimpleDiscoveryProperties discovery) {
        return discovery.getInstances().entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The instance URIs configured for one service (for the start-up log). */
    static List<String> instances(SimpleDiscoveryProperties discovery, String service) {
        return discovery.getInstances().getOrDefault(service, List.of()).stream()
                .map(InstanceProperties::getUri).map(String::valueOf).toList();
    }
}

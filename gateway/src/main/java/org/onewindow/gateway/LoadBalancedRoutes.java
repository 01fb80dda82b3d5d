package org.onewindow.gateway;

import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.discovery.simple.InstanceProperties;
import org.springframework.cloud.client.discovery.simple.SimpleDiscoveryProperties;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Several instances of a service: when {@code spring.cloud.discovery.client.simple.instances.<service>[k].uri} lists
 * them, the gateway routes {@code lb://<service>} (round robin, Spring Cloud LoadBalancer) instead of
 * {@code onewindow.routes.<service>}. An instance whose {@code /actuator/health/readiness} does not answer 200 is left
 * out until it does ({@code spring.cloud.loadbalancer.health-check.*}, checked every 2 s); an idempotent GET that
 * still meets a dead instance is tried again on another. A service without a list keeps its single route, exactly
 * as before (docs/operations.md, "Several instances"). {@link DnsReplicas} does the same for the services in
 * {@code onewindow.gateway.dns-replicas}, whose instances are every address their route's host resolves to (compose
 * replicas).
 */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = HealthCheckedInstances.class)
class LoadBalancedRoutes {

    /**
     * Replicas found through DNS ({@code onewindow.gateway.dns-replicas}: services, comma-separated; none by default).
     * The {@link DnsReplicas.Resolver} is the system's unless the context defines one (tests).
     */
    @Bean
    DnsReplicas dnsReplicas(ServiceRoutes routes, @Value("${onewindow.gateway.dns-replicas:}") List<String> services,
                            ObjectProvider<DnsReplicas.Resolver> resolver) {
        Set<String> named = services.stream().map(String::trim).filter(s -> !s.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        return new DnsReplicas(routes, named, resolver.getIfAvailable(() -> DnsReplicas.Resolver.SYSTEM));
    }

    /**
     * Services with a static instance list or DNS replicas, by name; the others are routed by {@link ServiceRoutes}.
     */
    static Set<String> balanced(SimpleDiscoveryProperties discovery, DnsReplicas dnsReplicas) {
        Set<String> balanced = new java.util.TreeSet<>(dnsReplicas.services());
        discovery.getInstances().forEach((service, instances) -> {
            if (!instances.isEmpty()) {
                balanced.add(service);
            }
        });
        return Set.copyOf(balanced);
    }

    /** The instance URIs configured for one service, or where its DNS replicas are looked up (for the start-up log). */
    static List<String> instances(SimpleDiscoveryProperties discovery, DnsReplicas dnsReplicas, ServiceRoutes routes,
                                  String service) {
        if (dnsReplicas.services().contains(service)) {
            return List.of("every address of " + routes.byService().get(service));
        }
        return discovery.getInstances().getOrDefault(service, List.of()).stream()
                .map(InstanceProperties::getUri).map(String::valueOf).toList();
    }
}

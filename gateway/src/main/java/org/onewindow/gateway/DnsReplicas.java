package org.onewindow.gateway;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.DiscoveryClient;

/**
 * Replicas behind one DNS name ({@code docker compose} with {@code deploy.replicas}: Docker's DNS answers the service
 * name with the address of every replica). For each service in {@code onewindow.gateway.dns-replicas}, its instances
 * are the addresses the host of its {@code onewindow.routes.<service>} URI resolves to now, each on that URI's port;
 * the gateway then routes it to {@code lb://<service>} like a static instance list ({@link LoadBalancedRoutes}).
 * The load balancer asks again every {@code spring.cloud.loadbalancer.health-check.refetch-instances-interval}, so a
 * replica added or removed is seen within that plus the JVM's DNS cache time ({@code networkaddress.cache.ttl}),
 * and its readiness check drops a dead replica meanwhile. Resolving once per connection would not balance: the
 * proxy's client keeps connections to the first address it got (docs/operations.md, "docker-compose").
 */
final class DnsReplicas implements DiscoveryClient {

    /** Looks up every address of a host name ({@link InetAddress#getAllByName} outside tests). */
    @FunctionalInterface
    interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;

        Resolver SYSTEM = host -> Arrays.asList(InetAddress.getAllByName(host));
    }

    private static final Logger log = LoggerFactory.getLogger(DnsReplicas.class);

    private final ServiceRoutes routes;
    private final Set<String> services;
    private final Resolver resolver;

    DnsReplicas(ServiceRoutes routes, Set<String> services, Resolver resolver) {
        Set<String> unknown = new java.util.TreeSet<>(services);
        unknown.removeAll(routes.byService().keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("onewindow.gateway.dns-replicas names no routed service: " + unknown
                    + "; the services are " + routes.byService().keySet());
        }
        this.routes = routes;
        this.services = Set.copyOf(services);
        this.resolver = resolver;
    }

    @Override
    public String description() {
        return "every address of onewindow.routes.<service>'s host, for onewindow.gateway.dns-replicas " + services;
    }

    @Override
    public List<ServiceInstance> getInstances(String service) {
        if (!services.contains(service)) {
            return List.of();
        }
        URI base = routes.byService().get(service);
        boolean secure = "https".equals(base.getScheme());
        int port = base.getPort() != -1 ? base.getPort() : secure ? 443 : 80;
        try {
            return resolver.resolve(base.getHost()).stream().map(DnsReplicas::host).distinct()
                    .<ServiceInstance>map(address -> new DefaultServiceInstance(service + "@" + address, service,
                            address, port, secure))
                    .toList();
        } catch (UnknownHostException e) {
            // no replica up yet (Docker's DNS answers only for running containers): nothing to route to for now
            log.warn("{} ({}) resolves to no address: {}", service, base.getHost(), e.getMessage());
            return List.of();
        }
    }

    /** The host part of an instance URI: an IPv6 address in brackets. */
    private static String host(InetAddress address) {
        return address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
    }

    @Override
    public List<String> getServices() {
        return List.copyOf(services);
    }

    Set<String> services() {
        return services;
    }
}

package org.onewindow.gateway;

import java.time.Duration;
import java.util.List;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.DelegatingServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import reactor.core.publisher.Flux;

/**
 * The per-service LoadBalancer context's instance list: the discovered instances, filtered by a blocking readiness
 * check (the gateway is servlet-based; no WebClient), every instance when the check lets none through. Neither a
 * {@code @Configuration} nor nested in one: {@link LoadBalancedRoutes}' {@code @LoadBalancerClients} registers it in
 * each service's child context only.
 */
class HealthCheckedInstances {

    @Bean
    ServiceInstanceListSupplier readyInstances(ConfigurableApplicationContext context) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        // an instance that hangs must not hold the check longer than an interval
        requests.setConnectTimeout(Duration.ofMillis(500));
        requests.setReadTimeout(Duration.ofSeconds(2));
        RestClient probe = RestClient.builder().requestFactory(requests).build();
        ServiceInstanceListSupplier discovered = ServiceInstanceListSupplier.builder().withBlockingDiscoveryClient()
                .build(context);
        return ServiceInstanceListSupplier.builder()
                .withBase(discovered)
                .withBlockingHealthChecks(probe)
                .with((ignored, ready) -> new AllWhenNoneReady(ready, discovered))
                .build(context);
    }

    /**
     * The ready instances, or every discovered one when none is ready (fail open). The check gives up on an instance
     * that answers its readiness later than the check interval, and a CPU-starved machine (one instance killed, the
     * survivor busy taking its load) made the survivor miss it: every request then got "no instance" although the
     * survivor was serving. Sending to all is no worse than refusing all: a dead one refuses the connection (a GET
     * is retried on another; a POST answers 503 and the client sends it again with its Idempotency-Key).
     */
    static final class AllWhenNoneReady extends DelegatingServiceInstanceListSupplier {
        private final ServiceInstanceListSupplier discovered;

        AllWhenNoneReady(ServiceInstanceListSupplier ready, ServiceInstanceListSupplier discovered) {
            super(ready);
            this.discovered = discovered;
        }

        @Override
        public Flux<List<ServiceInstance>> get() {
            return delegate.get().switchMap(ready -> ready.isEmpty() ? discovered.get() : Flux.just(ready));
        }
    }
}

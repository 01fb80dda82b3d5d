package org.onewindow.gateway;

import java.time.Duration;

import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The per-service LoadBalancer context's instance list: the static list, filtered by a blocking readiness check
 * (the gateway is servlet-based; no WebClient). Neither a {@code @Configuration} nor nested in one: {@link LoadBalancedRoutes}'
 * {@code @LoadBalancerClients} registers it in each service's child context only.
 */
class HealthCheckedInstances {

    @Bean
    ServiceInstanceListSupplier readyInstances(ConfigurableApplicationContext context) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        // an instance that hangs must not hold the check longer than an interval
        requests.setConnectTimeout(Duration.ofMillis(500));
        requests.setReadTimeout(Duration.ofSeconds(2));
        RestClient probe = RestClient.builder().requestFactory(requests).build();
        return ServiceInstanceListSupplier.builder()
                .withBlockingDiscoveryClient()
                .withBlockingHealthChecks(probe)
                .build(context);
    }
}

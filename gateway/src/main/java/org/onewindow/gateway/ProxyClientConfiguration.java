package org.onewindow.gateway;

import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The proxy's HTTP client: Apache HttpClient 5 (classic, blocking I/O), which Spring Cloud Gateway picks when it is on
 * the class path. The JDK client it replaces ran every exchange through its selector thread and completable futures:
 * 26 % of the gateway's samples plus 20 % on the client's own threads in a JFR profile under load; a blocking client
 * on the request's own (virtual) thread does the same exchange with far less hand-over (docs/benchmarks.md,
 * "Per-request cost").
 *
 * <p>The pool is sized for long-lived exchanges (the monitor's live feed, long-polls): HttpClient's default of 5
 * connections per route would queue every other request to that service behind them. The client passes requests and
 * answers through as they are: no retries of its own (the lb routes' retry filter decides; a 503 with Retry-After
 * reaches the caller), no cookie store shared between callers, no decompression.
 */
@Configuration(proxyBeanMethods = false)
class ProxyClientConfiguration {

    /** Services behind the gateway, and a little room: the pool's total is this many times the per-service limit. */
    private static final int ROUTES = 8;

    @Bean
    ClientHttpRequestFactoryBuilderCustomizer<HttpComponentsClientHttpRequestFactoryBuilder> proxyClient(
            ProxyClientProperties properties) {
        int perService = properties.maxConnectionsPerService();
        return builder -> builder
                .withConnectionManagerCustomizer(pool -> pool.setMaxConnPerRoute(perService)
                        .setMaxConnTotal(perService * ROUTES))
                .withHttpClientCustomizer(client -> client.disableAutomaticRetries()
                        .disableCookieManagement()
                        .disableContentCompression()
                        .disableAuthCaching());
    }
}

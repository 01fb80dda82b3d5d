package org.onewindow.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onewindow.gateway.proxy.*}: the proxy's HTTP client ({@link ProxyClientConfiguration}).
 *
 * @param maxConnectionsPerService pooled connections to one service at most (default 500): room for the long-lived
 *                                 exchanges (live feed, long-polls) beside the short ones
 */
@ConfigurationProperties("onewindow.gateway.proxy")
public record ProxyClientProperties(Integer maxConnectionsPerService) {

    public ProxyClientProperties {
        maxConnectionsPerService = maxConnectionsPerService == null ? 500 : maxConnectionsPerService;
    }
}

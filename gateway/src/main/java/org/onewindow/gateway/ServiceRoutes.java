package org.onewindow.gateway;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onewindow.routes.<service>}: base URI of each service behind the gateway. Defaults are the local
 * stack's ports.
 */
@ConfigurationProperties("onewindow.routes")
public record ServiceRoutes(URI catalog, URI intake, URI review, URI supervision, URI rating,
                            URI monitor) {

    public ServiceRoutes {
        catalog = orLocal(catalog, 8081);
        intake = orLocal(intake, 8082);
        review = orLocal(review, 8083);
        supervision = orLocal(supervision, 8084);
        rating = orLocal(rating, 8085);
        monitor = orLocal(monitor, 8086);
    }

    /** Service name (as in {@code /api/<service>/...}) to base URI, in a stable order. */
    public Map<String, URI> byService() {
        Map<String, URI> map = new LinkedHashMap<>();
        map.put("catalog", catalog);
        map.put("intake", intake);
        map.put("review", review);
        map.put("supervision", supervision);
        map.put("rating", rating);
        map.put("monitor", monitor);
        return map;
    }

    private static URI orLocal(URI uri, int port) {
        return uri != null ? uri : URI.create("http://127.0.0.1:" + port);
    }
}

package org.onewindow.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The one REST entry of the suite (一窗通办 for integrators): routes {@code /api/<service>/**} to the
 * services, checks the JWT at the edge, limits each client's rate and serves the aggregated API docs.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {
    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}

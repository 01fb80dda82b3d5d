package org.onewindow.gateway;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A running gateway in front of the one {@link Backend}, with the test keys and dev issuer
 * ({@link GatewayTestSupport#register}); subclasses add {@code @SpringBootTest} with their own properties.
 */
abstract class GatewayIntegrationTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        GatewayTestSupport.register(registry);
    }

    @LocalServerPort
    int port;
}

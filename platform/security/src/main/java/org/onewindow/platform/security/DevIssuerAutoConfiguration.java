package org.onewindow.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The development token issuer, on only with {@code onewindow.dev-issuer.enabled=true}. */
@AutoConfiguration(after = OneWindowSecurityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "onewindow.dev-issuer", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(DevIssuerProperties.class)
public class DevIssuerAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DevIssuerAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    DemoUsers demoUsers() {
        return DemoUsers.load();
    }

    @Bean
    @ConditionalOnMissingBean
    DevTokenIssuer devTokenIssuer(DevIssuerProperties properties) throws IOException {
        if (properties.privateKeyLocation() == null || !properties.privateKeyLocation().exists()) {
            throw new IllegalStateException("onewindow.dev-issuer.enabled=true needs "
                    + "onewindow.dev-issuer.private-key-location (PEM PKCS#8 RSA key); KeyFiles.ensure(dir) creates one");
        }
        var privateKey = KeyFiles.readPrivateKey(
                properties.privateKeyLocation().getContentAsString(StandardCharsets.US_ASCII));
        log.warn("Development token issuer is ON (iss={}): anyone can obtain demo tokens. Never enable it in production.",
                properties.issuer());
        return new DevTokenIssuer(privateKey, properties.issuer(), properties.tokenTtl(), Clock.systemUTC());
    }

    @Bean
    DevTokenController devTokenController(DevTokenIssuer issuer, DemoUsers users) {
        return new DevTokenController(issuer, users);
    }
}

package org.onewindow.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * {@code onewindow.dev-issuer.*}: the development token issuer. Never enable it in production: it hands
 * out tokens for the demo users to anyone who knows the (public) demo password.
 *
 * @param enabled             serve {@code /auth/token}, {@code /auth/users}, {@code /auth/jwks.json}
 * @param privateKeyLocation  PEM PKCS#8 RSA private key used to sign
 * @param issuer              the {@code iss} claim, {@code onewindow-dev} by default
 * @param tokenTtl            token lifetime, 8 hours by default
 */
@ConfigurationProperties("onewindow.dev-issuer")
public record DevIssuerProperties(boolean enabled, Resource privateKeyLocation, String issuer, Duration tokenTtl) {

    public static final String DEFAULT_ISSUER = "onewindow-dev";
    public static final Duration DEFAULT_TTL = Duration.ofHours(8);

    public DevIssuerProperties {
        issuer = issuer == null || issuer.isBlank() ? DEFAULT_ISSUER : issuer;
        tokenTtl = tokenTtl == null ? DEFAULT_TTL : tokenTtl;
    }
}

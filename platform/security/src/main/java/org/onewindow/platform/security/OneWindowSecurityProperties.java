package org.onewindow.platform.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * {@code onewindow.security.*}: what a service may tune without writing a filter chain.
 *
 * @param publicPaths extra path patterns reachable without a token, for applications outside the policy table
 *                    (the suite's public operations are the PUBLIC rows of {@code access-policy.csv})
 * @param jwt         how tokens are verified
 * @param cors        cross-origin access; off unless origins are listed
 * @param policy      which rows of the access policy table this application enforces
 */
@ConfigurationProperties("onewindow.security")
public record OneWindowSecurityProperties(List<String> publicPaths, Jwt jwt, Cors cors, Policy policy) {

    public OneWindowSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        jwt = jwt == null ? new Jwt(null, null, null) : jwt;
        cors = cors == null ? new Cors(null) : cors;
        policy = policy == null ? new Policy(null) : policy;
    }

    /**
     * @param service the service name of {@code operations.csv} ({@code catalog}, {@code intake}, ...,
     *                {@code gateway}); by default {@code spring.application.name} without {@code -service}
     */
    public record Policy(String service) {
    }

    /**
     * @param publicKeyLocation PEM RSA public key; when absent Spring Boot's
     *                          {@code spring.security.oauth2.resourceserver.jwt.*} (issuer-uri, jwk-set-uri) applies
     * @param issuer            expected {@code iss}; not checked when absent
     * @param cache             reuse of verified tokens ({@code onewindow.security.jwt.cache.*})
     */
    public record Jwt(Resource publicKeyLocation, String issuer, Cache cache) {
        public Jwt {
            cache = cache == null ? new Cache(null, null) : cache;
        }
    }

    /**
     * Verified-token cache of {@link CachingJwtDecoder}: a token's signature is checked once, its claims on
     * every use.
     *
     * @param maxEntries tokens kept at most (default 10000; 0 turns the cache off)
     * @param maxAge     longest reuse of one verification, and never past the token's exp (default 5 minutes)
     */
    public record Cache(Integer maxEntries, Duration maxAge) {
        public Cache {
            maxEntries = maxEntries == null ? 10_000 : maxEntries;
            maxAge = maxAge == null ? Duration.ofMinutes(5) : maxAge;
        }
    }

    /** @param allowedOrigins origins allowed to call the API from a browser; empty means CORS is off */
    public record Cors(List<String> allowedOrigins) {
        public Cors {
            allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        }
    }
}

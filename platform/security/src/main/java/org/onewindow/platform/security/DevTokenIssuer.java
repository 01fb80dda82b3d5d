package org.onewindow.platform.security;

import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.onewindow.platform.kernel.Actor;

/**
 * Development token issuer (开发用令牌签发): signs RS256 tokens with the claims of docs/architecture.md.
 * For the local stack and tests only; production tokens come from a real OIDC issuer.
 */
public final class DevTokenIssuer {

    private final RSAKey key;
    private final RSASSASigner signer;
    private final String issuer;
    private final Duration ttl;
    private final Clock clock;

    public DevTokenIssuer(RSAPrivateKey privateKey, String issuer, Duration ttl, Clock clock) {
        RSAPublicKey publicKey = KeyFiles.publicKeyOf(privateKey);
        try {
            RSAKey publicJwk = new RSAKey.Builder(publicKey).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint().build();
            this.key = new RSAKey.Builder(publicJwk).privateKey(privateKey).build();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot compute the key id", e);
        }
        this.signer = new RSASSASigner(privateKey);
        this.issuer = issuer;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** An issuer with the defaults: iss {@code onewindow-dev}, 8 hours, system clock. */
    public DevTokenIssuer(RSAPrivateKey privateKey) {
        this(privateKey, DevIssuerProperties.DEFAULT_ISSUER, DevIssuerProperties.DEFAULT_TTL, Clock.systemUTC());
    }

    /** A signed compact JWT for the actor. */
    public String issue(Actor actor) {
        return issue(actor, List.of(), List.of());
    }

    /**
     * A signed compact JWT for the actor with the SYSTEM client claims {@code services} and {@code departments}
     * (left out when empty).
     */
    public String issue(Actor actor, List<String> services, List<String> departments) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(actor.userId())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .claim(ActorClaims.NAME, actor.name())
                .claim(ActorClaims.ROLES, List.copyOf(actor.roles()));
        if (actor.department() != null) {
            claims.claim(ActorClaims.DEPARTMENT, actor.department());
        }
        if (actor.centre() != null) {
            claims.claim(ActorClaims.CENTRE, actor.centre());
        }
        if (!services.isEmpty()) {
            claims.claim(SystemClaims.SERVICES, List.copyOf(services));
        }
        if (!departments.isEmpty()) {
            claims.claim(SystemClaims.DEPARTMENTS, List.copyOf(departments));
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(key.getKeyID()).build(), claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the token", e);
        }
        return jwt.serialize();
    }

    public String issue(DemoUser user) {
        return issue(user.toActor(), user.services(), user.departments());
    }

    public Duration ttl() {
        return ttl;
    }

    public String issuer() {
        return issuer;
    }

    /** The public key as a JWK Set document, for resource servers configured with a jwk-set-uri. */
    public Map<String, Object> jwks() {
        return new JWKSet(key.toPublicJWK()).toJSONObject();
    }
}

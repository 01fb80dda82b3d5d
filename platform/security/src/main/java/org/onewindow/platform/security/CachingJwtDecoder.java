package org.onewindow.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Verifies a token's signature once and then reuses the verified {@link Jwt} (令牌验签缓存).
 *
 * <p>Every request through the suite is verified twice (gateway and service), and an RS256 check is the
 * hottest frame of both under load (docs/benchmarks.md). The same few tokens come back thousands of times,
 * so the signature of each is checked once; the validator (exp, iss, ...) still runs on every use, so an
 * expired token is refused even while cached.
 *
 * <p>Only tokens whose signature verified and that passed the validator enter the cache. An entry is reused
 * for at most {@code maxAge}, and not past the token's {@code exp}: the first use after it is refused by the
 * validator and drops the entry, and a full cache sweeps entries past their {@code exp} or age. At most
 * {@code maxEntries} entries are kept: if the cache is still full after the sweep, the new token is simply not
 * cached (verified again next time), which is safe under a flood of distinct tokens.
 */
public final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Clock clock;
    private final int maxEntries;
    private final Duration maxAge;
    private final ConcurrentHashMap<String, Entry> verified = new ConcurrentHashMap<>();

    /**
     * @param verifier   parses the token and checks its signature; its own claim validation should be off,
     *                   {@code validator} does that on every use
     * @param validator  claims checks run on every decode, cached or not
     * @param clock      when entries expire
     * @param maxEntries upper bound of cached tokens (0 turns the cache off)
     * @param maxAge     longest time a verified token is reused without verifying its signature again
     */
    public CachingJwtDecoder(JwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, Clock clock,
                             int maxEntries, Duration maxAge) {
        if (maxEntries < 0 || maxAge.isNegative()) {
            throw new IllegalArgumentException("maxEntries and maxAge must not be negative");
        }
        this.verifier = verifier;
        this.validator = validator;
        this.clock = clock;
        this.maxEntries = maxEntries;
        this.maxAge = maxAge;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Entry cached = verified.get(token);
        if (cached != null && now.isBefore(cached.reverifyAt())) {
            validate(token, cached.jwt());
            return cached.jwt();
        }
        if (cached != null) {
            verified.remove(token, cached);
        }
        Jwt jwt = verifier.decode(token);
        validate(token, jwt);
        remember(token, jwt, now);
        return jwt;
    }

    /** How many verified tokens are held now. */
    int size() {
        return verified.size();
    }

    private void validate(String token, Jwt jwt) {
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            verified.remove(token);
            String description = result.getErrors().stream().map(OAuth2Error::getDescription)
                    .filter(d -> d != null && !d.isBlank()).findFirst().orElse("Invalid token");
            throw new JwtValidationException(
                    "An error occurred while attempting to decode the Jwt: " + description, result.getErrors());
        }
    }

    private void remember(String token, Jwt jwt, Instant now) {
        if (maxEntries == 0 || maxAge.isZero()) {
            return;
        }
        if (verified.size() >= maxEntries) {
            verified.values().removeIf(entry -> entry.staleAt(now));
            if (verified.size() >= maxEntries) {
                return;
            }
        }
        verified.put(token, new Entry(jwt, now.plus(maxAge)));
    }

    private record Entry(Jwt jwt, Instant reverifyAt) {

        boolean staleAt(Instant now) {
            return !now.isBefore(reverifyAt) || (jwt.getExpiresAt() != null && !now.isBefore(jwt.getExpiresAt()));
        }
    }
}

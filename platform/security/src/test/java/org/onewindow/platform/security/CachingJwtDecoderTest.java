package org.onewindow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.kernel.Actor;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class CachingJwtDecoderTest {

    private static final Actor REVIEWER = new Actor("reviewer.market", "周明", Set.of("REVIEWER"), "MARKET", null);
    private static final Duration TTL = Duration.ofHours(1);
    private static final Duration SKEW = Duration.ofSeconds(60);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T02:00:00Z"));
    private final CountingVerifier verifier = new CountingVerifier();
    private final CachingJwtDecoder decoder = new CachingJwtDecoder(verifier, validator(clock), clock, 10_000,
            Duration.ofMinutes(5));

    @Test
    void a_cached_token_is_not_verified_again() {
        String token = issueNow();

        Jwt first = decoder.decode(token);
        Jwt second = decoder.decode(token);
        Jwt third = decoder.decode(token);

        assertThat(verifier.calls).hasValue(1);
        assertThat(second).isSameAs(first);
        assertThat(third.getSubject()).isEqualTo("reviewer.market");
        assertThat(decoder.size()).isEqualTo(1);
    }

    @Test
    void an_expired_token_is_refused_even_when_cached() {
        Duration shortTtl = Duration.ofMinutes(2);
        String token = new DevTokenIssuer(SecurityKeys.privateKey(SecurityKeys.PAIR.privateKey()),
                DevIssuerProperties.DEFAULT_ISSUER, shortTtl, clock).issue(REVIEWER);
        decoder.decode(token);
        clock.advance(shortTtl.plus(SKEW).plusSeconds(1)); // within the 5 minutes the entry may be reused

        assertThatThrownBy(() -> decoder.decode(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(verifier.calls).as("refused from the cache, before any new verification").hasValue(1);
        assertThat(decoder.size()).isZero();
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void a_forged_signature_never_enters_the_cache() throws Exception {
        KeyFiles.Pair other = KeyFiles.ensure(Files.createTempDirectory("forger-key"));
        String forged = new DevTokenIssuer(SecurityKeys.privateKey(other.privateKey()), DevIssuerProperties.DEFAULT_ISSUER,
                TTL, clock).issue(REVIEWER);

        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);

        assertThat(decoder.size()).isZero();
        assertThat(verifier.calls).as("each attempt verified, none remembered").hasValue(2);
    }

    @Test
    void a_token_failing_the_claim_checks_is_not_cached() {
        String foreign = new DevTokenIssuer(SecurityKeys.privateKey(SecurityKeys.PAIR.privateKey()), "someone-else",
                TTL, clock).issue(REVIEWER);

        assertThatThrownBy(() -> decoder.decode(foreign)).isInstanceOf(JwtValidationException.class);

        assertThat(decoder.size()).isZero();
    }

    @Test
    void the_signature_is_verified_again_after_the_maximum_age() {
        String token = issueNow();
        decoder.decode(token);
        clock.advance(Duration.ofMinutes(5));

        decoder.decode(token);

        assertThat(verifier.calls).hasValue(2);
    }

    @Test
    void a_full_cache_sweeps_expired_entries_and_otherwise_stops_caching() {
        CachingJwtDecoder small = new CachingJwtDecoder(verifier, validator(clock), clock, 2, Duration.ofMinutes(5));
        small.decode(issueNow());
        small.decode(issueNow());
        String third = issueNow();

        small.decode(third);
        small.decode(third);
        assertThat(small.size()).isEqualTo(2);
        assertThat(verifier.calls).as("the third token is verified each time").hasValue(4);

        clock.advance(Duration.ofMinutes(5));
        small.decode(third);
        assertThat(small.size()).as("the two old entries swept, the third one kept").isEqualTo(1);
    }

    @Test
    void max_entries_zero_turns_the_cache_off() {
        CachingJwtDecoder off = new CachingJwtDecoder(verifier, validator(clock), clock, 0, Duration.ofMinutes(5));
        String token = issueNow();

        off.decode(token);
        off.decode(token);

        assertThat(verifier.calls).hasValue(2);
        assertThat(off.size()).isZero();
    }

    private String issueNow() {
        return new DevTokenIssuer(SecurityKeys.privateKey(SecurityKeys.PAIR.privateKey()),
                DevIssuerProperties.DEFAULT_ISSUER, TTL, clock).issue(REVIEWER);
    }

    /** What the auto-configuration validates, on the test's clock. */
    private static OAuth2TokenValidator<Jwt> validator(Clock clock) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(SKEW);
        timestamps.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(DevIssuerProperties.DEFAULT_ISSUER),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, java.util.Objects::nonNull));
    }

    /** Signature only, like the auto-configured verifier, counting its calls. */
    private static final class CountingVerifier implements JwtDecoder {
        final AtomicInteger calls = new AtomicInteger();
        private final NimbusJwtDecoder nimbus;

        CountingVerifier() {
            try {
                nimbus = NimbusJwtDecoder.withPublicKey(KeyFiles.readPublicKey(Files.readString(SecurityKeys.PAIR.publicKey())))
                        .signatureAlgorithm(SignatureAlgorithm.RS256).build();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            nimbus.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        }

        @Override
        public Jwt decode(String token) {
            calls.incrementAndGet();
            return nimbus.decode(token);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

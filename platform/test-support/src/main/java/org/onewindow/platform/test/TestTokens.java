package org.onewindow.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs test JWTs the way the suite's issuer does (docs/architecture.md, "Security"): RS256, claims
 * {@code sub}, {@code name}, {@code roles}, {@code department}, {@code centre}, {@code iss}, {@code iat},
 * {@code exp}. The key pair is generated once per JVM; its public key is written to a PEM file that
 * {@link OneWindowTest} passes to the services as {@code onewindow.security.jwt.public-key-location}.
 */
public final class TestTokens {

    public static final String ISSUER = "onewindow-test";
    private static final Duration LIFETIME = Duration.ofHours(1);

    private TestTokens() {
    }

    /** {@code file:} URL of the PEM ({@code -----BEGIN PUBLIC KEY-----}) public key. */
    public static String publicKeyPemLocation() {
        return Keys.PEM_LOCATION;
    }

    /** The {@code Authorization} header value: {@code "Bearer <jwt>"}. */
    public static String bearer(String userId, Set<String> roles, String department, String centre) {
        return "Bearer " + token(userId, roles, department, centre);
    }

    /** A signed JWT; {@code name} equals the user id; {@code department} and {@code centre} may be null. */
    public static String token(String userId, Set<String> roles, String department, String centre) {
        return token(userId, userId, roles, department, centre);
    }

    public static String token(String userId, String name, Set<String> roles, String department, String centre) {
        return token(userId, name, roles, department, centre, java.util.Map.of());
    }

    /**
     * A signed JWT with further claims, e.g. a SYSTEM client's {@code services} and {@code departments} (lists);
     * empty lists are left out, as the issuer does.
     */
    public static String token(String userId, String name, Set<String> roles, String department, String centre,
                               java.util.Map<String, java.util.List<String>> listClaims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(userId)
                .claim("name", name)
                .claim("roles", new ArrayList<>(new TreeSet<>(roles)))
                .issuer(ISSUER)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)));
        if (department != null) {
            claims.claim("department", department);
        }
        if (centre != null) {
            claims.claim("centre", centre);
        }
        listClaims.forEach((claim, values) -> {
            if (!values.isEmpty()) {
                claims.claim(claim, new ArrayList<>(values));
            }
        });
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(ISSUER).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) Keys.PAIR.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static final class Keys {
        static final KeyPair PAIR = generate();
        static final String PEM_LOCATION = writePublicKey();

        private static KeyPair generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String writePublicKey() {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(PAIR.getPublic().getEncoded());
            String pem = "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
            try {
                Path file = SharedInfrastructure.workRoot()
                        .resolve("jwt-public-" + ProcessHandle.current().pid() + ".pem");
                Files.writeString(file, pem, StandardCharsets.US_ASCII);
                file.toFile().deleteOnExit();
                return file.toUri().toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

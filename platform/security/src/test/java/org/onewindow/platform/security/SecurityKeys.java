package org.onewindow.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** One key pair per test JVM, written where the auto-configuration reads it. */
final class SecurityKeys {

    static final KeyFiles.Pair PAIR;

    static {
        try {
            PAIR = KeyFiles.ensure(Files.createTempDirectory("onewindow-security-test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SecurityKeys() {
    }

    static String publicKeyLocation() {
        return "file:" + PAIR.publicKey();
    }

    static String privateKeyLocation() {
        return "file:" + PAIR.privateKey();
    }

    static DevTokenIssuer issuer(Clock clock) {
        return new DevTokenIssuer(privateKey(PAIR.privateKey()), DevIssuerProperties.DEFAULT_ISSUER,
                Duration.ofHours(8), clock);
    }

    static java.security.interfaces.RSAPrivateKey privateKey(Path file) {
        try {
            return KeyFiles.readPrivateKey(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

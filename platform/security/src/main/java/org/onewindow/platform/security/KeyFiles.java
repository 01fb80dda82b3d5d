package org.onewindow.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * PEM key files for the development token issuer. JDK only, on purpose: the local-stack launcher may call
 * {@link #ensure(Path)} before any Spring context exists, or copy it.
 */
public final class KeyFiles {

    /** File name of the PKCS#8 private key written by {@link #ensure(Path)}. */
    public static final String PRIVATE_KEY_FILE = "jwt-private.pem";
    /** File name of the X.509 (SubjectPublicKeyInfo) public key written by {@link #ensure(Path)}. */
    public static final String PUBLIC_KEY_FILE = "jwt-public.pem";

    private static final int KEY_BITS = 2048;

    private KeyFiles() {
    }

    /** The two files of one key pair. */
    public record Pair(Path privateKey, Path publicKey) {
    }

    /**
     * Makes sure {@code dir} holds {@value #PRIVATE_KEY_FILE} and {@value #PUBLIC_KEY_FILE}, generating a fresh
     * RSA 2048 pair when either is missing; an existing pair is kept, so tokens survive restarts.
     */
    public static Pair ensure(Path dir) {
        Pair pair = new Pair(dir.resolve(PRIVATE_KEY_FILE), dir.resolve(PUBLIC_KEY_FILE));
        if (Files.isRegularFile(pair.privateKey()) && Files.isRegularFile(pair.publicKey())) {
            return pair;
        }
        try {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS);
            KeyPair keys = generator.generateKeyPair();
            // Write to temporary files and move, so a concurrent reader never sees half a key.
            writeAtomically(pair.privateKey(), pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
            writeAtomically(pair.publicKey(), pem("PUBLIC KEY", keys.getPublic().getEncoded()));
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write key files in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    /** Reads a PEM {@code PUBLIC KEY} (X.509 SubjectPublicKeyInfo). */
    public static RSAPublicKey readPublicKey(String pem) {
        return (RSAPublicKey) readKey(pem, "PUBLIC KEY", "Not an RSA public key in PEM (X.509) form",
                (rsa, der) -> rsa.generatePublic(new X509EncodedKeySpec(der)));
    }

    /** Reads a PEM {@code PRIVATE KEY} (PKCS#8). */
    public static RSAPrivateKey readPrivateKey(String pem) {
        return (RSAPrivateKey) readKey(pem, "PRIVATE KEY", "Not an RSA private key in PEM (PKCS#8) form",
                (rsa, der) -> rsa.generatePrivate(new PKCS8EncodedKeySpec(der)));
    }

    /** Turns the DER bytes of a PEM block into a key of the JDK's RSA key factory. */
    @FunctionalInterface
    private interface KeyDecoding {
        Key decode(KeyFactory rsa, byte[] der) throws GeneralSecurityException;
    }

    /** The key in {@code pem}'s {@code type} block; a block the RSA factory refuses is {@code notThisForm}. */
    private static Key readKey(String pem, String type, String notThisForm, KeyDecoding decoding) {
        try {
            return decoding.decode(KeyFactory.getInstance("RSA"), der(pem, type));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(notThisForm, e);
        }
    }

    /** The public half of a private key: a PKCS#8 RSA key carries the modulus and public exponent. */
    public static RSAPublicKey publicKeyOf(RSAPrivateKey privateKey) {
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalArgumentException("The private key does not carry its public exponent (not CRT form)");
        }
        BigInteger modulus = crt.getModulus();
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(modulus, crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("PEM block '" + type + "' not found");
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        Files.writeString(tmp, content, StandardCharsets.US_ASCII);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

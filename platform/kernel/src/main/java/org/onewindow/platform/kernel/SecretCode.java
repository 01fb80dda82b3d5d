package org.onewindow.platform.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * A short code that proves its holder has the paper it is printed on (a receipt's 查询码, a licence's 防伪码): drawn
 * from {@link SecureRandom}, stored only as its SHA-256, and compared with a typed code in constant time. Each code
 * type keeps its own alphabet, length and normalisation of what is typed.
 */
public final class SecretCode {

    private static final RandomGenerator RANDOM = new SecureRandom();

    private SecretCode() {
    }

    /** {@code length} characters, each drawn uniformly from {@code alphabet}. */
    public static String draw(String alphabet, int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    /** The SHA-256 of the (already normalised) code, in lower-case hex: what is stored. */
    public static String sha256(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether the (already normalised) code hashes to {@code storedHash}, compared in constant time. */
    public static boolean hashesTo(String code, String storedHash) {
        return MessageDigest.isEqual(sha256(code).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}

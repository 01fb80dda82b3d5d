package org.onewindow.intake.applications.domain;

import java.util.Locale;

import org.onewindow.platform.kernel.SecretCode;

/**
 * The query code (查询码) for public tracking: 8 random characters shown once on the receipt; only its SHA-256 is
 * stored, so a database reader cannot track someone else's case.
 */
public final class QueryCode {

    /** No 0/O, 1/I/L: the code is read off paper and typed in. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 8;

    private QueryCode() {
    }

    public static String generate() {
        return SecretCode.draw(ALPHABET, LENGTH);
    }

    public static String hash(String code) {
        return SecretCode.sha256(normalised(code));
    }

    /** Constant-time comparison of a typed code with the stored hash. */
    public static boolean matches(String code, String storedHash) {
        if (code == null || code.isBlank() || storedHash == null) {
            return false;
        }
        return SecretCode.hashesTo(normalised(code), storedHash);
    }

    private static String normalised(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}

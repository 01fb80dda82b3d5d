package org.onewindow.review.licences.domain;

import java.security.SecureRandom;
import java.util.Locale;

import org.onewindow.platform.kernel.SecretCode;

/**
 * The verification code (防伪码) printed on a licence: 16 characters of base32 (RFC 4648 alphabet, 80 random bits from
 * {@link SecureRandom}), so guessing one for a known, sequential licence number is hopeless. Only its SHA-256 is
 * stored; the plain code exists on the printed licence alone. Printed in groups of four; a typed code may keep the
 * dashes or spaces and any case.
 */
public final class VerificationCode {

    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    public static final int LENGTH = 16;

    private VerificationCode() {
    }

    public static String generate() {
        return SecretCode.draw(ALPHABET, LENGTH);
    }

    /** {@code ABCD-EFGH-JKLM-NPQR}: how the licence prints it. */
    public static String grouped(String code) {
        return String.join("-", code.substring(0, 4), code.substring(4, 8), code.substring(8, 12), code.substring(12));
    }

    public static String hash(String code) {
        return SecretCode.sha256(normalised(code));
    }

    /** Constant-time comparison of a typed code with the stored hash; false for a missing or malformed code. */
    public static boolean matches(String code, String storedHash) {
        if (code == null || storedHash == null || code.length() > 4 * LENGTH) {
            return false;
        }
        String typed = normalised(code);
        if (typed.length() != LENGTH || !typed.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return false;
        }
        return SecretCode.hashesTo(typed, storedHash);
    }

    private static String normalised(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}

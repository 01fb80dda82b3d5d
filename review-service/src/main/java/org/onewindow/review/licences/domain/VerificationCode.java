package org.onewindow.review.licences.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The verification code (防伪码) printed on a licence: 16 characters of base32 (RFC 4648 alphabet, 80 random bits from
 * {@link SecureRandom}), so guessing one for a known, sequential licence number is hopeless. Only its SHA-256 is
 * stored; the plain code exists on the printed licence alone. Printed in groups of four; a typed code may keep the
 * dashes or spaces and any case.
 */
public final class VerificationCode {

    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    public static final int LENGTH = 16;
    private static final RandomGenerator RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** {@code ABCD-EFGH-JKLM-NPQR}: how the licence prints it. */
    public static String grouped(String code) {
        return String.join("-", code.substring(0, 4), code.substring(4, 8), code.substring(8, 12), code.substring(12));
    }

    public static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised(code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
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
        return MessageDigest.isEqual(hash(typed).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static String normalised(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}

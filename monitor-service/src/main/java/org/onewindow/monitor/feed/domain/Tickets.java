package org.onewindow.monitor.feed.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Feed tickets: 256 random bits, URL-safe; only their SHA-256 is stored, so a database dump opens no stream. A
 * ticket in a log is harmless once spent (single use) or past its 30 seconds.
 */
public final class Tickets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tickets() {
    }

    public static String newTicket() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String ticket) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(ticket.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A well-formed ticket: 43 URL-safe base64 characters; anything else is refused without a lookup. */
    public static boolean wellFormed(String ticket) {
        return ticket != null && ticket.length() == 43 && ticket.chars().allMatch(c ->
                (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
    }
}

package org.onewindow.intake.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

/**
 * Files of random bytes behind a real signature (what intake sniffs the type from), drawn from a seed the owning
 * test prints, so a failing run can be repeated byte for byte.
 */
final class SeededFiles {

    private final Random random;

    private SeededFiles(long seed) {
        this.random = new Random(seed);
    }

    /** Files from a new seed, printed as {@code <owner> seed: <n>}. */
    static SeededFiles printingSeed(String owner) {
        long seed = System.nanoTime();
        System.out.println(owner + " seed: " + seed);
        return new SeededFiles(seed);
    }

    /** The same generator, for other random values of the test (e.g. a licence number). */
    Random random() {
        return random;
    }

    byte[] pdf(int size) {
        return signed(size, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    }

    byte[] jpeg(int size) {
        return signed(size, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
    }

    byte[] exe(int size) {
        return signed(size, new byte[] {'M', 'Z'});
    }

    private byte[] signed(int size, byte[] head) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

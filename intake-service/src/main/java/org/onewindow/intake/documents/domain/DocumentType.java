package org.onewindow.intake.documents.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The file types a material may be: decided from the bytes, never from the name or the client's Content-Type.
 * OFD (GB/T 33190 版式文档) is a ZIP container whose root holds {@code OFD.xml}.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    OFD("application/ofd", "ofd");

    /** How many leading bytes {@link #sniff} needs (OFD's entry name sits in the ZIP's first local header). */
    public static final int HEAD_BYTES = 4096;

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type of a file from its first bytes; empty for anything else (an EXE named .pdf, a ZIP, a text file). */
    public static Optional<DocumentType> sniff(byte[] head, int length) {
        byte[] h = Arrays.copyOf(head, Math.min(length, head.length));
        if (startsWith(h, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(h, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(h, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(h, new byte[] {'P', 'K', 3, 4}) && contains(h, "OFD.xml".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(OFD);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] h, byte[] magic) {
        return h.length >= magic.length && Arrays.equals(h, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean contains(byte[] h, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= h.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (h[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

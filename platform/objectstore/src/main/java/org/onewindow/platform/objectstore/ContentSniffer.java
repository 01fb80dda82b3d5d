package org.onewindow.platform.objectstore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Decides a document's type from its first bytes, never from its name or the client's Content-Type: PDF
 * ({@code %PDF-}), JPEG ({@code FF D8 FF}), PNG (the 8-byte signature), OFD (GB/T 33190 版式文档: a ZIP container
 * whose root holds {@code OFD.xml}); anything else, including a plain ZIP, a DOCX, an EXE ({@code MZ}) or HTML,
 * is {@link Type#UNKNOWN}.
 *
 * <p>OFD is recognised by reading the ZIP's local file headers from the head of the file: {@code OFD.xml} must be
 * among the first {@link #OFD_ENTRIES_SCANNED} entries within the bytes given (GB/T 33190 writers put it first).
 * Give at least {@link #HEAD_BYTES} bytes for a reliable answer.
 */
public final class ContentSniffer {

    /** How many leading bytes {@link #sniff(InputStream)} reads: enough for the signatures and an OFD's first entries. */
    public static final int HEAD_BYTES = 64 * 1024;
    static final int OFD_ENTRIES_SCANNED = 64;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

    /** A detected type with its MIME type and usual file extension. */
    public enum Type {
        PDF("application/pdf", "pdf"),
        JPEG("image/jpeg", "jpg"),
        PNG("image/png", "png"),
        OFD("application/ofd", "ofd"),
        UNKNOWN("application/octet-stream", "bin");

        private final String mediaType;
        private final String extension;

        Type(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    private ContentSniffer() {
    }

    /** The type of content starting with {@code head} (the first bytes of the file; {@link #HEAD_BYTES} suffice). */
    public static Type sniff(byte[] head) {
        return sniff(head, head.length);
    }

    /** The type of content whose first {@code length} bytes are in {@code head}. */
    public static Type sniff(byte[] head, int length) {
        if (startsWith(head, length, PDF)) {
            return Type.PDF;
        }
        if (startsWith(head, length, PNG)) {
            return Type.PNG;
        }
        if (startsWith(head, length, JPEG)) {
            return Type.JPEG;
        }
        if (startsWith(head, length, ZIP) && rootHoldsOfdXml(head, length)) {
            return Type.OFD;
        }
        return Type.UNKNOWN;
    }

    /**
     * Reads up to {@link #HEAD_BYTES} from the stream and sniffs them. The bytes are consumed: use it on a stream
     * that was {@linkplain InputStream#mark(int) marked} or on a copy of the head (e.g. a {@code PushbackInputStream}).
     */
    public static Type sniff(InputStream in) throws IOException {
        byte[] head = in.readNBytes(HEAD_BYTES);
        return sniff(head);
    }

    private static boolean startsWith(byte[] head, int length, byte[] signature) {
        return length >= signature.length
                && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }

    /** Walks the ZIP's local headers in the head; a truncated or malformed entry ends the walk with "no". */
    private static boolean rootHoldsOfdXml(byte[] head, int length) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(head, 0, length))) {
            for (int i = 0; i < OFD_ENTRIES_SCANNED; i++) {
                ZipEntry entry = zip.getNextEntry();
                if (entry == null) {
                    return false;
                }
                if (entry.getName().equals("OFD.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            // the head ended inside an entry, or the container is not a readable ZIP
            return false;
        }
    }
}

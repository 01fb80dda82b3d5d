package org.onewindow.platform.web.edges;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict percent-decoding of one URI component as UTF-8: a {@code %} not followed by two hex digits, a byte
 * outside printable ASCII, or bytes that are not UTF-8 make it fail with a reason instead of being guessed at.
 */
final class UriText {

    /** Why a component could not be decoded. */
    enum Failure {
        MALFORMED_ESCAPE, NOT_UTF8
    }

    /** The decoded text, or the failure. */
    record Decoded(String text, Failure failure) {
        boolean ok() {
            return failure == null;
        }
    }

    private UriText() {
    }

    /** @param plusIsSpace true for query components (form encoding), false for path segments */
    static Decoded decode(String raw, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0 && !(plusIsSpace && raw.indexOf('+') >= 0) && isAscii(raw)) {
            return new Decoded(raw, null);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    return new Decoded(null, Failure.MALFORMED_ESCAPE);
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (plusIsSpace && c == '+') {
                bytes.write(' ');
            } else if (c > 0x7F) {
                // Tomcat hands the raw URI over as ISO-8859-1: these chars are the request's raw bytes
                if (c > 0xFF) {
                    return new Decoded(null, Failure.NOT_UTF8);
                }
                bytes.write(c);
            } else {
                bytes.write(c);
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            return new Decoded(text, null);
        } catch (CharacterCodingException e) {
            return new Decoded(null, Failure.NOT_UTF8);
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}

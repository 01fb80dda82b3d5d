package org.onewindow.platform.kernel;

import java.util.Optional;

/**
 * The characters no text field may hold, because a database, a log or a consumer cannot take them: the checks
 * behind every request body (platform-web's JSON module) and every imported row, one function for all of them.
 *
 * <ul>
 *   <li>{@code text.control-character}: C0 controls (U+0000..U+001F) except TAB, LF and CR; DEL (U+007F, never
 *       meaningful in text and invisible in every viewer); C1 controls (U+0080..U+009F). PostgreSQL refuses NUL
 *       outright; the others corrupt logs, CSV exports and terminals.</li>
 *   <li>{@code text.lone-surrogate}: half of a UTF-16 surrogate pair (JSON {@code "\ud800"}): not a character,
 *       cannot be encoded as UTF-8.</li>
 *   <li>{@code text.single-line}: TAB, LF or CR in a single-line kind (codes, names).</li>
 *   <li>{@code text.too-long}: more than the field's {@link TextLimits limit}.</li>
 * </ul>
 * {@code text.invalid-utf8} (bytes that are not UTF-8) and {@code list.too-many-items} are raised where bytes are
 * decoded and lists read.
 */
public final class InputText {

    public static final String CONTROL_CHARACTER = "text.control-character";
    public static final String LONE_SURROGATE = "text.lone-surrogate";
    public static final String SINGLE_LINE = "text.single-line";
    public static final String TOO_LONG = "text.too-long";
    public static final String INVALID_UTF8 = "text.invalid-utf8";
    public static final String TOO_MANY_ITEMS = "list.too-many-items";

    /** What is wrong with a text: the rule and a message that never quotes the text itself. */
    public record Flaw(String rule, String message) {

        public Violation at(String field) {
            return new Violation(field, rule, message);
        }
    }

    private InputText() {
    }

    /**
     * The first flaw of {@code value} as a field of at most {@code maxLength} code units, or empty when it is
     * acceptable ({@code null} is: whether a value is required is another rule).
     */
    public static Optional<Flaw> check(String value, int maxLength, boolean singleLine) {
        if (value == null) {
            return Optional.empty();
        }
        int refused = firstRefused(value, !singleLine);
        if (refused >= 0) {
            char c = value.charAt(refused);
            if (Character.isSurrogate(c)) {
                return flaw(LONE_SURROGATE, "contains half of a surrogate pair at position " + refused
                        + ", which is not a character");
            }
            if (c == '\n' || c == '\r') {
                return flaw(SINGLE_LINE, "must be a single line without tabs or line breaks (position " + refused + ")");
            }
            return flaw(CONTROL_CHARACTER, String.format("contains the control character U+%04X at position %d",
                    (int) c, refused));
        }
        if (singleLine && value.indexOf('\t') >= 0) {
            return flaw(SINGLE_LINE, "must be a single line without tabs or line breaks (position "
                    + value.indexOf('\t') + ")");
        }
        if (value.length() > maxLength) {
            return Optional.of(tooLong(maxLength));
        }
        return Optional.empty();
    }

    /**
     * The index of the first character no text may hold, or -1: a control character other than TAB (and CR/LF
     * when {@code lineBreaks}), DEL, C1, or half of a surrogate pair. The one scan behind body fields (above),
     * imported rows, and query parameters, path segments and header values (platform-web's request filter).
     */
    public static int firstRefused(CharSequence text, boolean lineBreaks) {
        if (text == null) {
            return -1;
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a proper pair
                continue;
            }
            if (Character.isSurrogate(c)) {
                return i;
            }
            boolean allowed = c == '\t' || (lineBreaks && (c == '\n' || c == '\r'));
            if (!allowed && isControl(c)) {
                return i;
            }
        }
        return -1;
    }

    /** The flaw of a text longer than {@code maxLength}. */
    public static Flaw tooLong(int maxLength) {
        return new Flaw(TOO_LONG, "must be at most " + maxLength + " characters long");
    }

    /** The flaw of a list longer than {@code maxItems}. */
    public static Flaw tooManyItems(int maxItems) {
        return new Flaw(TOO_MANY_ITEMS, "must have at most " + maxItems + " items");
    }

    /** C0 (U+0000..U+001F), DEL (U+007F) and C1 (U+0080..U+009F); TAB, LF and CR are judged by the caller. */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    private static Optional<Flaw> flaw(String rule, String message) {
        return Optional.of(new Flaw(rule, message));
    }
}

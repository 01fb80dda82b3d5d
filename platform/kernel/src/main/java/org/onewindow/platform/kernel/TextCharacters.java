package org.onewindow.platform.kernel;

/**
 * Which characters the suite accepts in text from outside: no NUL (PostgreSQL refuses it in text columns), no
 * other C0 or C1 control character except TAB (and CR/LF where text may span lines), no DEL, and no lone UTF-16
 * surrogate (it has no UTF-8 form, so an event carrying it could not be written). One predicate for query
 * parameters, path segments, header values and JSON fields, so they all refuse the same characters.
 */
public final class TextCharacters {

    /** The rule a refusal names ({@code errors[].rule}). */
    public static final String CONTROL_CHARACTER_RULE = "text.control-character";

    private TextCharacters() {
    }

    /** Single-line text (names, parameters, header values): TAB is the only control character allowed. */
    public static boolean isAcceptableLine(CharSequence text) {
        return firstRefused(text, false) < 0;
    }

    /** Free text (notes, reasons, comments): TAB, CR and LF allowed. */
    public static boolean isAcceptableText(CharSequence text) {
        return firstRefused(text, true) < 0;
    }

    /**
     * The index of the first refused character, or -1 when every character is acceptable.
     *
     * @param lineBreaks whether CR and LF are acceptable
     */
    public static int firstRefused(CharSequence text, boolean lineBreaks) {
        if (text == null) {
            return -1;
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++; // a proper pair
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c) || isRefusedControl(c, lineBreaks)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isRefusedControl(char c, boolean lineBreaks) {
        if (c == '\t') {
            return false;
        }
        if (lineBreaks && (c == '\n' || c == '\r')) {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}

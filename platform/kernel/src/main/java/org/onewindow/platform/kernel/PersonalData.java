package org.onewindow.platform.kernel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masking of personal data inside free text (log lines, exception messages, notes), used by the log layer.
 *
 * <p>Masks anything that looks like an 18-character resident ID ({@code 17 digits + digit/X}) or an
 * 11-digit mainland mobile number (optionally prefixed with {@code +86}/{@code 86}), whether or not its
 * check character is right: a mistyped ID is still personal data. A candidate must not be glued to other
 * digits, so longer digit runs (timestamps, snowflake IDs, bank references) are left alone.
 */
public final class PersonalData {

    private static final String MASKING_FAILED = "[text withheld: masking failed]";

    // One pass for both kinds; the resident ID alternative comes first because it is longer.
    private static final Pattern CANDIDATES = Pattern.compile(
            "(?<!\\d)(?:(?<id>\\d{17}[\\dXx])|(?<prefix>(?:\\+|00)?86[ -]?)?(?<mobile>1[3-9]\\d{9}))(?!\\d)");

    private PersonalData() {
    }

    /**
     * Returns {@code text} with resident IDs masked as {@code 110***********123X} and mobile numbers as
     * {@code 138****5678}. Never throws: {@code null} gives {@code null}, and if masking ever failed the
     * text is withheld rather than returned unmasked.
     */
    public static String maskText(String text) {
        if (text == null || text.length() < 11) {
            return text;
        }
        try {
            Matcher matcher = CANDIDATES.matcher(text);
            if (!matcher.find()) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length());
            int copied = 0;
            do {
                out.append(text, copied, matcher.start());
                String id = matcher.group("id");
                if (id != null) {
                    out.append(keepEnds(id));
                } else {
                    String prefix = matcher.group("prefix");
                    if (prefix != null) {
                        out.append(prefix);
                    }
                    out.append(keepEnds(matcher.group("mobile")));
                }
                copied = matcher.end();
            } while (matcher.find());
            out.append(text, copied, text.length());
            return out.toString();
        } catch (RuntimeException | StackOverflowError e) {
            return MASKING_FAILED;
        }
    }

    /**
     * The one masking rule for a whole value (resident ID, phone number): first 3 and last 4 characters kept, the
     * rest {@code *}. Short input (under 8) is fully masked, null stays null, so a malformed value does not leak.
     */
    static String keepEnds(String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.length() < 8) {
            return "*".repeat(raw.length());
        }
        return raw.substring(0, 3) + "*".repeat(raw.length() - 7) + raw.substring(raw.length() - 4);
    }

    /** {@link #maskText(String)} on {@code String.valueOf(value)}: for log arguments of any type. */
    public static String maskText(Object value) {
        return value == null ? null : maskText(String.valueOf(value));
    }
}

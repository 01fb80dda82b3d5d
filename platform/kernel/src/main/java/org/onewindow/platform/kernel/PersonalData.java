package org.onewindow.platform.kernel;

/**
 * Masking of personal data inside free text (notes, reasons, comments, log lines, exception messages): the one
 * masker behind request bodies' free-text fields (platform-web's input module), logs and dead letters.
 *
 * <p>Finds resident IDs (18 characters: 17 digits and a digit or X) and mainland mobile numbers (11 digits,
 * {@code 1[3-9]...}) as people write them: in one piece or in groups separated by up to three spaces, dashes or dots
 * ({@code 139-8765-4321}, {@code 139 8765 4321}, {@code 110105 19491231 002x}), in full-width digits
 * ({@code １３９８７６５４３２１}, {@code Ｘ}) or mixed, with or without {@code +86}/{@code 0086}. A mistyped number
 * is still personal data, so the check character is not verified; an ID must only have the shape of one (region
 * digit 1-8, a birth year 18xx-20xx, month 01-12, day 01-31), which keeps 18-digit references and all-digit USCCs
 * out. Digits glued to other digits are never part of a number, so longer runs (timestamps, licence numbers,
 * bank references) are left alone, as are dates, times, amounts, case numbers and codes.
 *
 * <p>Linear time, no regular expression: the text is cut into digit groups once, and each group starts at most
 * one window of at most 18 digits.
 */
public final class PersonalData {

    private static final String MASKING_FAILED = "[text withheld: masking failed]";
    private static final int MOBILE = 11;
    private static final int RESIDENT_ID = 18;
    private static final int MAX_SEPARATORS = 3;
    private static final int KEEP_FIRST = 3;
    private static final int KEEP_LAST = 4;

    private PersonalData() {
    }

    /**
     * Returns {@code text} with resident IDs masked as {@code 110***********123X} and mobile numbers as
     * {@code 138****5678} (separators stay where they were: {@code 139-****-4321}). Never throws: {@code null}
     * gives {@code null}, and if masking ever failed the text is withheld rather than returned unmasked.
     */
    public static String maskText(String text) {
        if (text == null || text.length() < MOBILE) {
            return text;
        }
        try {
            return new Scan(text).masked();
        } catch (RuntimeException | StackOverflowError e) {
            return MASKING_FAILED;
        }
    }

    /** {@link #maskText(String)} on {@code String.valueOf(value)}: for log arguments of any type. */
    public static String maskText(Object value) {
        return value == null ? null : maskText(String.valueOf(value));
    }

    /**
     * The one masking rule for a whole value (resident ID, phone number): first 3 and last 4 characters kept, the
     * rest {@code *}. Short input (under 8) is fully masked, null stays null, so a malformed value does not leak.
     */
    static String keepEnds(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw);
        for (int i = 0; i < raw.length(); i++) {
            if (!kept(i, raw.length())) {
                out.setCharAt(i, '*');
            }
        }
        return out.toString();
    }

    /** Whether the {@code index}-th of {@code count} significant characters stays visible. */
    private static boolean kept(int index, int count) {
        return count >= KEEP_FIRST + KEEP_LAST + 1 && (index < KEEP_FIRST || index >= count - KEEP_LAST);
    }

    /** The value of an ASCII or full-width digit, 10 for an ID's check character X (either width), else -1. */
    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return c - '\uFF10';
        }
        return c == 'X' || c == 'x' || c == '\uFF38' || c == '\uFF58' ? 10 : -1;
    }

    /** Spaces, dashes and dots people put between groups of digits, in ASCII and full width. */
    static boolean isSeparator(char c) {
        return switch (c) {
            case ' ', '\u00A0', '\u3000', '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\uFF0D',
                    '.', '\uFF0E', '\u00B7' -> true;
            default -> false;
        };
    }

    /** One pass over a text: its digit groups, then the windows of groups that form a number. */
    private static final class Scan {

        private final String text;
        private final int[] start;
        private final int[] end;
        private final int[] size;     // significant characters (digits and a final X)
        private final boolean[] joined; // separated from the group before by 1-3 separators only
        private int groups;
        private char[] out;

        Scan(String text) {
            this.text = text;
            int capacity = text.length() / 2 + 1;
            start = new int[capacity];
            end = new int[capacity];
            size = new int[capacity];
            joined = new boolean[capacity];
        }

        String masked() {
            cut();
            int i = 0;
            while (i < groups) {
                int next = tryWindow(i);
                i = next > i ? next : i + 1;
            }
            return out == null ? text : new String(out);
        }

        /** Digit groups: a run of digits, ended by a non-digit or by an X (an ID's last character). */
        private void cut() {
            int length = text.length();
            int i = 0;
            int previousEnd = -1;
            boolean previousEndsWithX = false;
            while (i < length) {
                int d = digit(text.charAt(i));
                if (d < 0 || d == 10) {
                    i++;
                    continue;
                }
                int s = i;
                while (i < length && digit(text.charAt(i)) >= 0 && digit(text.charAt(i)) < 10) {
                    i++;
                }
                boolean x = i < length && digit(text.charAt(i)) == 10;
                if (x) {
                    i++;
                }
                start[groups] = s;
                end[groups] = i;
                size[groups] = i - s;
                joined[groups] = previousEnd >= 0 && !previousEndsWithX && onlySeparators(previousEnd, s);
                previousEnd = i;
                previousEndsWithX = x;
                groups++;
            }
        }

        private boolean onlySeparators(int from, int to) {
            if (to - from < 1 || to - from > MAX_SEPARATORS) {
                return false;
            }
            for (int k = from; k < to; k++) {
                if (!isSeparator(text.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        /** Masks the number starting at group {@code first}, if any; returns the group after it, or {@code first}. */
        private int tryWindow(int first) {
            int digits = 0;
            int mobileEnd = -1;
            for (int g = first; g < groups && (g == first || joined[g]); g++) {
                digits += size[g];
                if (digits == MOBILE && mobileEnd < 0) {
                    mobileEnd = g;
                }
                if (digits == RESIDENT_ID && looksLikeResidentId(first, g)) {
                    mask(first, g, 0);
                    return g + 1;
                }
                if (digits > RESIDENT_ID) {
                    break;
                }
            }
            if (mobileEnd >= 0 && looksLikeMobile(first, mobileEnd, 0)) {
                mask(first, mobileEnd, 0);
                return mobileEnd + 1;
            }
            // +8613912345678 or 008613912345678 written in one piece
            int prefix = size[first] - MOBILE;
            if ((prefix == 2 || prefix == 4) && startsWithCountryCode(first, prefix) && looksLikeMobile(first, first, prefix)) {
                mask(first, first, prefix);
                return first + 1;
            }
            return first;
        }

        private boolean startsWithCountryCode(int group, int prefix) {
            int s = start[group];
            return prefix == 2 ? digitAt(s) == 8 && digitAt(s + 1) == 6
                    : digitAt(s) == 0 && digitAt(s + 1) == 0 && digitAt(s + 2) == 8 && digitAt(s + 3) == 6;
        }

        private boolean looksLikeMobile(int first, int last, int skip) {
            if (endsWithX(last)) {
                return false;
            }
            int[] d = significant(first, last, skip, 2);
            return d[0] == 1 && d[1] >= 3 && d[1] <= 9;
        }

        private boolean looksLikeResidentId(int first, int last) {
            int[] d = significant(first, last, 0, RESIDENT_ID);
            for (int k = 0; k < RESIDENT_ID - 1; k++) {
                if (d[k] == 10) {
                    return false;
                }
            }
            int century = d[6] * 10 + d[7];
            int month = d[10] * 10 + d[11];
            int day = d[12] * 10 + d[13];
            return d[0] >= 1 && d[0] <= 8 && century >= 18 && century <= 20 && month >= 1 && month <= 12
                    && day >= 1 && day <= 31;
        }

        private boolean endsWithX(int group) {
            return digit(text.charAt(end[group] - 1)) == 10;
        }

        /** The first {@code wanted} significant characters of groups first..last, after skipping {@code skip}. */
        private int[] significant(int first, int last, int skip, int wanted) {
            int[] d = new int[wanted];
            int n = 0;
            int skipped = 0;
            for (int g = first; g <= last && n < wanted; g++) {
                for (int k = start[g]; k < end[g] && n < wanted; k++) {
                    if (skipped < skip) {
                        skipped++;
                    } else {
                        d[n++] = digitAt(k);
                    }
                }
            }
            return d;
        }

        private int digitAt(int index) {
            return digit(text.charAt(index));
        }

        /** Keeps the ends of the number in groups first..last (after {@code skip} prefix digits), separators stay. */
        private void mask(int first, int last, int skip) {
            if (out == null) {
                out = text.toCharArray();
            }
            int count = -skip;
            for (int g = first; g <= last; g++) {
                count += size[g];
            }
            int index = -skip;
            for (int g = first; g <= last; g++) {
                for (int k = start[g]; k < end[g]; k++, index++) {
                    if (index >= 0 && !kept(index, count)) {
                        out[k] = '*';
                    }
                }
            }
        }
    }
}

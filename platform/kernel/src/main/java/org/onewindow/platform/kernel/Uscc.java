package org.onewindow.platform.kernel;

import java.util.Locale;

/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters from a 31-character set
 * (digits and upper-case letters without I, O, Z, S, V), the last one a check character.
 * Not personal data: {@link #toString()} is the value.
 */
public final class Uscc extends CheckedValue {

    public static final String FIELD = "uscc";

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Uscc(String value) {
        super(value);
    }

    /**
     * Parses and validates; lower-case letters are accepted and normalised to upper case.
     *
     * @throws RuleViolation with field {@code uscc} and one of the rules {@code uscc.required},
     *     {@code uscc.length}, {@code uscc.charset}, {@code uscc.check-character}
     */
    public static Uscc parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw violation("uscc.required", "a unified social credit code is required");
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        if (code.length() != 18) {
            throw violation("uscc.length", "a unified social credit code has 18 characters, not " + code.length());
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                throw violation("uscc.charset", "character " + (i + 1) + " ('" + code.charAt(i)
                        + "') is not allowed in a unified social credit code (no I, O, Z, S, V)");
            }
        }
        if (checkCharacter(code.substring(0, 17)) != code.charAt(17)) {
            throw violation("uscc.check-character",
                    "the check character of the unified social credit code does not match (GB 32100)");
        }
        return new Uscc(code);
    }

    /** True when {@code raw} parses; never throws. */
    public static boolean isValid(String raw) {
        return RuleViolation.notThrownBy(() -> parse(raw));
    }

    /** The check character for the first 17 characters (public so test and demo data can build valid codes). */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("17 characters expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int code = CHARSET.indexOf(first17.charAt(i));
            if (code < 0) {
                throw new IllegalArgumentException("character outside the GB 32100 set");
            }
            sum += code * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    private static RuleViolation violation(String rule, String message) {
        return new RuleViolation(FIELD, rule, message);
    }
}

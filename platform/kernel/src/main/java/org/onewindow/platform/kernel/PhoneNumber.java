package org.onewindow.platform.kernel;

import java.util.regex.Pattern;

/**
 * A mainland mobile number (11 digits, {@code 1[3-9]xxxxxxxxx}). Personal data: {@link #toString()} is the
 * {@linkplain #masked() masked} form {@code 138****5678}.
 */
public final class PhoneNumber extends CheckedValue {

    public static final String FIELD = "phone";

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

    private PhoneNumber(String value) {
        super(value);
    }

    /**
     * Parses a mainland mobile number; spaces, hyphens and a {@code +86}/{@code 0086} prefix are dropped.
     *
     * @throws RuleViolation with field {@code phone} and rule {@code phone.required} or {@code phone.format}
     */
    public static PhoneNumber parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new RuleViolation(FIELD, "phone.required", "a phone number is required");
        }
        String digits = SEPARATORS.matcher(raw).replaceAll("");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        if (!MOBILE.matcher(digits).matches()) {
            throw new RuleViolation(FIELD, "phone.format", "a mainland mobile number has 11 digits and starts with 13-19");
        }
        return new PhoneNumber(digits);
    }

    /**
     * Masks any string as a phone number would be masked: first 3 and last 4 kept. Short or null input
     * is fully masked rather than returned, so a malformed number does not leak either.
     */
    public static String mask(String raw) {
        return PersonalData.keepEnds(raw);
    }

    /** {@code 138****5678}. */
    public String masked() {
        return mask(value());
    }

    @Override
    public String toString() {
        return masked();
    }
}

package org.onewindow.contracts;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks shared by the compact constructors of the event records, so a producer cannot even build an
 * event that breaks the contract's basic promises (a key, immutable lists, masked personal data).
 */
public final class EventFields {

    /** A full 18-digit (GB 11643) or legacy 15-digit resident ID, or an 11-digit mainland mobile number. */
    private static final Pattern UNMASKED = Pattern.compile(".*(\\d{17}[\\dXx]|\\d{15}|1\\d{10}).*");

    private EventFields() {
    }

    /** The record key: never null or blank, or the event could not be partitioned. */
    public static String requireKey(String value, String field) {
        Objects.requireNonNull(value, field + " is required (it is the event key)");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank (it is the event key)");
        }
        return value;
    }

    /** An immutable copy; a missing list (from an older or lenient producer) reads as empty. */
    public static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /**
     * Personal identity numbers travel masked only (居民身份证号码 is personal data). Accepts a value that
     * contains the mask character {@code *} and no full ID or phone number; null stays null.
     */
    public static String requireMasked(String value, String field) {
        if (value != null && (value.indexOf('*') < 0 || UNMASKED.matcher(value).matches())) {
            throw new IllegalArgumentException(field + " must be masked (e.g. 110101********123X)");
        }
        return value;
    }
}

package org.onewindow.platform.kernel;

/**
 * A value checked once, when it is parsed, and compared by its normalised text afterwards: the common part of
 * {@link PhoneNumber}, {@link ResidentId}, {@link Uscc} and the typed identifiers ({@link CaseNumber},
 * {@link CentreCode}, {@link DepartmentCode}, {@link ItemCode}, {@link UserId}, checked by {@link Identifier}).
 * Two values are equal when they are of the same type and have the same text. {@link #toString()} is the text; types that hold personal data override it with their
 * masked form.
 */
abstract class CheckedValue {

    private final String value;

    CheckedValue(String value) {
        this.value = value;
    }

    /** The full, normalised text. For personal data, only where the full value is needed: never log it. */
    public String value() {
        return value;
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && value.equals(((CheckedValue) o).value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}

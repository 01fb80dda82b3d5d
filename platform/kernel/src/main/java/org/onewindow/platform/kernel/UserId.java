package org.onewindow.platform.kernel;

/** A user's id as the token names it (staff, applicant or agent). */
public final class UserId extends CheckedValue {

    private UserId(String value) {
        super(Identifier.check("UserId", value));
    }

    public static UserId of(String value) {
        return new UserId(value);
    }
}

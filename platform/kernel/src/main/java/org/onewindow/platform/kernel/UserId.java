package org.onewindow.platform.kernel;

/** A user's id as the token names it (staff, applicant or agent). */
public record UserId(String value) {

    public UserId {
        Identifier.check("UserId", value);
    }

    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

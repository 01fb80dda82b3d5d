package org.onewindow.platform.kernel;

/**
 * The checks every typed identifier makes: present, no surrounding blanks, single line, at most 64 characters
 * (what the audit trail and event keys hold). Typed ids keep a case number from being passed where a department
 * code is expected; the API still reads and writes them as plain strings.
 */
final class Identifier {

    static final int MAX_LENGTH = 64;

    private Identifier() {
    }

    static String check(String kind, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(kind + " must not be blank");
        }
        if (!value.strip().equals(value) || value.length() > MAX_LENGTH
                || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(kind + " must be one line of at most " + MAX_LENGTH
                    + " characters without surrounding blanks");
        }
        return value;
    }
}

package org.onewindow.platform.security.policy;

import java.util.Locale;

/**
 * How far a grant reaches (docs/security.md, "Scopes"). Written in the policy table in lower case with dashes,
 * e.g. {@code centre-and-below}; ordered from narrowest to widest, so the widest of several roles' grants wins.
 */
public enum Scope {
    /** The caller's own cases and ratings (APPLICANT). */
    OWN,
    /** Cases the caller filed under a valid mandate (VILLAGE_AGENT, 代办). */
    OWN_FILED,
    /** Cases in which the caller's department has a task (REVIEWER, CHECKER). */
    DEPARTMENT_TASK,
    /** Records of the caller's department (SUPERVISOR, INSPECTOR). */
    DEPARTMENT,
    /** Cases of the caller's centre (WINDOW_CLERK). */
    CENTRE,
    /** Cases of the caller's centre and those delegated below it where the catalog says so. */
    CENTRE_AND_BELOW,
    /** What the token's {@code services} / {@code departments} claims name (SYSTEM clients). */
    SYSTEM_CLAIM,
    /** Everything, with personal data masked (MONITOR). */
    ALL_MASKED,
    /** Everything. */
    ALL;

    /** The table spelling, e.g. {@code centre-and-below}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The scope a table cell names; an unknown spelling is a bad row. */
    public static Scope fromCode(String code) {
        for (Scope scope : values()) {
            if (scope.code().equals(code)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("unknown scope '" + code + "'");
    }
}

package org.onewindow.intake.applications.domain;

import java.util.Set;

/** Role names of the token's {@code roles} claim that intake cares about. */
public final class Roles {

    public static final String APPLICANT = "APPLICANT";
    public static final String WINDOW_CLERK = "WINDOW_CLERK";
    public static final String VILLAGE_AGENT = "VILLAGE_AGENT";
    public static final String SYSTEM = "SYSTEM";
    /** Staff may read any application (masked); applicants and agents only their own. */
    public static final Set<String> STAFF = Set.of(WINDOW_CLERK, "REVIEWER", "CHECKER", "SUPERVISOR", "INSPECTOR", "MONITOR", SYSTEM);

    private Roles() {
    }
}

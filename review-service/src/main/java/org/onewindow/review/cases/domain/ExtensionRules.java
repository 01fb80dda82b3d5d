package org.onewindow.review.cases.domain;

import org.onewindow.platform.clock.LegalDefaults;

/**
 * Limits of a statutory extension (延期, Art. 42): at most {@code maxWorkingDays} (10), or {@code jointMaxWorkingDays}
 * (15) for joint or centralised handling (联合办理、集中办理). intake's ApplicationAccepted carries no such flag, so a
 * case counts as joint when its route has at least {@code jointFromDepartments} departments (Art. 26: one licence
 * handled by two or more departments; default 2).
 */
public record ExtensionRules(int maxWorkingDays, int jointMaxWorkingDays, int jointFromDepartments) {

    public static final ExtensionRules DEFAULT = new ExtensionRules(LegalDefaults.STATUTORY_EXTENSION,
            LegalDefaults.JOINT_STATUTORY_EXTENSION, 2);

    public boolean joint(CaseOpening opening) {
        return opening.departments().size() >= jointFromDepartments;
    }

    public int maxFor(CaseOpening opening) {
        return joint(opening) ? jointMaxWorkingDays : maxWorkingDays;
    }
}

package org.onewindow.review.cases.domain;

import org.onewindow.platform.clock.LegalDefaults;

/**
 * Limits of a statutory extension (延期, Art. 42): at most {@code maxWorkingDays} (10), or {@code jointMaxWorkingDays}
 * (15) for an item the catalog's version marks as handled jointly (统一办理、联合办理、集中办理, Art. 26) — never
 * guessed from the number of departments on the route.
 */
public record ExtensionRules(int maxWorkingDays, int jointMaxWorkingDays) {

    public static final ExtensionRules DEFAULT = new ExtensionRules(LegalDefaults.STATUTORY_EXTENSION,
            LegalDefaults.JOINT_STATUTORY_EXTENSION);

    public boolean joint(CaseOpening opening) {
        return opening.joint();
    }

    public int maxFor(CaseOpening opening) {
        return joint(opening) ? jointMaxWorkingDays : maxWorkingDays;
    }
}

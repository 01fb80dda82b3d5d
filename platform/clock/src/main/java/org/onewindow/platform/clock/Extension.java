package org.onewindow.platform.clock;

import java.util.ArrayList;
import java.util.List;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.Violation;

/**
 * An extension (延期) of the statutory limit, approved by the agency head (Art. 42: +10 working days, +15 for
 * joint handling with the government head's approval). The promised limit is never extended.
 */
public record Extension(int workingDays, String approvedBy, String reason) {

    public Extension {
        List<Violation> violations = new ArrayList<>();
        if (workingDays <= 0) {
            violations.add(new Violation("extension.workingDays", "clock.extension-positive",
                    "an extension adds at least one working day"));
        }
        if (approvedBy == null || approvedBy.isBlank()) {
            violations.add(new Violation("extension.approvedBy", "clock.extension-approver-required",
                    "an extension is approved by the agency head"));
        }
        if (reason == null || reason.isBlank()) {
            violations.add(new Violation("extension.reason", "clock.extension-reason-required", "an extension needs a reason"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
    }
}

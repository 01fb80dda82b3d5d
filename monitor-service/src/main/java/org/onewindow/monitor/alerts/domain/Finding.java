package org.onewindow.monitor.alerts.domain;

import java.util.Objects;

import org.onewindow.platform.kernel.TextLimits;

/**
 * One rule found broken on one case, as a scan of the read model reports it: what an alert is raised from.
 *
 * @param department the department concerned (implementing, or supervising for the supervision rules), or null
 * @param detail     what was found, in words an operator reads; never personal data; cut at {@link TextLimits#REASON}
 */
public record Finding(Rule rule, String caseNumber, String department, String centreCode, String itemCode,
                      String detail) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        if (caseNumber == null || caseNumber.isBlank()) {
            throw new IllegalArgumentException("a finding needs a case number");
        }
        detail = detail == null ? "" : detail;
        if (detail.length() > TextLimits.REASON) { // events stay bounded (docs/events.md, EventLimits)
            detail = detail.substring(0, TextLimits.REASON);
        }
    }
}

package org.onewindow.review.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The outcome of a case (审批决定); the licence is present only when approved. */
public record Decision(CaseStatus outcome, LocalDate decidedOn, Instant decidedAt, List<String> reasons, Licence licence) {

    public Decision {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    Decision withLicence(Licence newLicence) {
        return new Decision(outcome, decidedOn, decidedAt, reasons, newLicence);
    }
}

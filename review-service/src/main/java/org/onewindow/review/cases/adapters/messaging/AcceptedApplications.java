package org.onewindow.review.cases.adapters.messaging;

import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.review.cases.domain.CaseOpening;
import org.onewindow.review.cases.domain.RouteMode;
import org.onewindow.review.licences.domain.HolderKind;

/** Reads the facts a review case needs from intake's ApplicationAccepted (its route snapshot, holder, limits). */
final class AcceptedApplications {

    private AcceptedApplications() {
    }

    /** The applicant's kind, the licence's holder's (null when the event has none). */
    static HolderKind holderKind(ApplicationAccepted e) {
        return e.applicant() == null || e.applicant().kind() == null ? null : HolderKind.valueOf(e.applicant().kind().name());
    }

    static CaseOpening toOpening(ApplicationAccepted e) {
        ApplicationAccepted.Applicant applicant = e.applicant();
        return new CaseOpening(CaseNumber.of(e.caseNumber()), e.itemCode(), e.itemName(), e.itemVersion(),
                RouteMode.valueOf(e.route().mode().name()), e.route().departments(), e.route().twoPersonReview(),
                e.immediate(), e.acceptedOn(), e.acceptedAt().toInstant(), e.acceptedBy(), e.promisedLimitDays(),
                e.statutoryLimitDays(), applicant == null ? null : applicant.userId(),
                applicant == null ? null : applicant.name(), applicant == null ? null : applicant.maskedIdNumber(),
                e.implementingDepartment(), e.supervisingDepartment());
    }
}

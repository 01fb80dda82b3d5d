package org.onewindow.rating.rectifications.adapters.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.onewindow.rating.rectifications.domain.Rectification;
import org.onewindow.rating.rectifications.domain.RectificationOutcome;
import org.onewindow.rating.rectifications.domain.RectificationStatus;

/**
 * 差评整改 as the API shows it (named as before the aggregate moved to the domain, so the OpenAPI document keeps its
 * schema name): where it stands, what each step said, and its due dates.
 *
 * @param dueOn         last working day to rectify (整改时限)
 * @param stepDueOn     last working day of the step it waits in; null once closed
 * @param founded       the verification's finding (核实), null before
 * @param verification  the verification's reason
 * @param measures      what the department did (整改措施)
 * @param satisfied     what the applicant said at the follow-up call (回访)
 * @param followUp      the follow-up call's note
 * @param appeal        the department's appeal reason (申诉)
 * @param appealUpheld  the MONITOR's decision on it
 * @param appealDecision the decision's reason
 * @param outcome       how it ended, once CLOSED
 * @param reopenings    how often an unsatisfied follow-up call reopened it
 * @param overdueSteps  how many of its steps went overdue
 */
@Schema(name = "Rectification")
public record RectificationView(
        UUID rectificationId,
        UUID ratingId,
        String caseNumber,
        String implementingDepartment,
        RectificationStatus status,
        OffsetDateTime openedAt,
        LocalDate dueOn,
        LocalDate stepDueOn,
        Boolean founded,
        String verification,
        String measures,
        Boolean satisfied,
        String followUp,
        String appeal,
        RectificationStatus appealedFrom,
        Boolean appealUpheld,
        String appealDecision,
        RectificationOutcome outcome,
        OffsetDateTime closedAt,
        int reopenings,
        int overdueSteps) {

    static RectificationView of(Rectification r) {
        return new RectificationView(r.rectificationId(), r.ratingId(), r.caseNumber().value(),
                r.implementingDepartment().value(), r.status(), r.openedAt(), r.dueOn(), r.stepDueOn(), r.founded(),
                r.verification(), r.measures(), r.satisfied(), r.followUp(), r.appeal(), r.appealedFrom(),
                r.appealUpheld(), r.appealDecision(), r.outcome(), r.closedAt(), r.reopenings(), r.overdueSteps());
    }
}

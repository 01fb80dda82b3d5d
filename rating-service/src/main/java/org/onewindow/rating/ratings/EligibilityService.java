package org.onewindow.rating.ratings;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.ResultDelivered;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens rating stages from intake's events: acceptance (受理) opens ACCEPTANCE, delivery of the result (出件) opens
 * COMPLETION. Runs in the inbox transaction; a duplicate fact under a new event id changes nothing either, since a
 * stage opens once and keeps its first opening time.
 */
@Service
public class EligibilityService {

    private final RatedCaseRepository cases;
    private final Clock clock;

    public EligibilityService(RatedCaseRepository cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Transactional
    public void accepted(ApplicationAccepted event) {
        String applicant = event.applicant() == null ? null : event.applicant().userId();
        String agent = event.agent() == null ? null : event.agent().userId();
        open(new CaseFacts(event.caseNumber(), event.itemCode(), event.implementingDepartment(), event.centreCode(),
                applicant, agent), Stage.ACCEPTANCE, event.acceptedAt(), "intake.ApplicationAccepted");
    }

    @Transactional
    public void delivered(ResultDelivered event) {
        open(new CaseFacts(event.caseNumber(), event.itemCode(), event.implementingDepartment(), event.centreCode(),
                event.applicantUserId(), event.agentUserId()), Stage.COMPLETION, event.deliveredAt(),
                "intake.ResultDelivered");
    }

    private void open(CaseFacts facts, Stage stage, OffsetDateTime openedAt, String cause) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        cases.remember(facts, now);
        if (cases.openStage(facts.caseNumber(), stage, openedAt == null ? now : openedAt)) {
            cases.audit(facts.caseNumber(), new AuditEntry(now, AuditEntry.SYSTEM, AuditEntry.SYSTEM, null,
                    "STAGE_OPENED", stage + " opened by " + cause));
        }
    }
}

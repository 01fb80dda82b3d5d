package org.onewindow.rating.ratings.adapters.messaging;

import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.ApplicationNotAccepted;
import org.onewindow.contracts.intake.OneTimeNoticeIssued;
import org.onewindow.contracts.intake.ResultDelivered;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.CentreCode;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.ItemCode;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.UserId;
import org.onewindow.rating.ratings.application.EligibilityService;
import org.onewindow.rating.ratings.domain.CaseFacts;
import org.onewindow.rating.ratings.domain.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Intake's events as rating reads them: the facts of the case and the stage it reached. An event whose identifiers
 * are unusable (blank, too long) is poison: a {@link RuleViolation} sends it to the dead-letter topic at once.
 */
@Component
public record IntakeEvents(EligibilityService eligibility) {

    private static final Logger log = LoggerFactory.getLogger(IntakeEvents.class);

    public void accepted(ApplicationAccepted event) {
        String applicant = event.applicant() == null ? null : event.applicant().userId();
        String agent = event.agent() == null ? null : event.agent().userId();
        eligibility.reached(facts(event.caseNumber(), event.itemCode(), event.implementingDepartment(),
                event.centreCode(), applicant, agent), Stage.ACCEPTANCE, event.acceptedAt(), "intake.ApplicationAccepted");
    }

    public void delivered(ResultDelivered event) {
        eligibility.reached(facts(event.caseNumber(), event.itemCode(), event.implementingDepartment(),
                event.centreCode(), event.applicantUserId(), event.agentUserId()), Stage.COMPLETION,
                event.deliveredAt(), "intake.ResultDelivered");
    }

    /** 不予受理: the refusal is a service experience the applicant may rate (stage REFUSAL). */
    public void notAccepted(ApplicationNotAccepted event) {
        reachedWhenRateable(event.caseNumber(), event.itemCode(), event.implementingDepartment(), event.centreCode(),
                event.applicantUserId(), event.agentUserId(), Stage.REFUSAL, event.decidedAt(),
                "intake.ApplicationNotAccepted");
    }

    /** 一次性告知: the notice is a service experience the applicant may rate (stage NOTICE). */
    public void noticeIssued(OneTimeNoticeIssued event) {
        reachedWhenRateable(event.caseNumber(), event.itemCode(), event.implementingDepartment(), event.centreCode(),
                event.applicantUserId(), event.agentUserId(), Stage.NOTICE, event.issuedAt(),
                "intake.OneTimeNoticeIssued");
    }

    /**
     * A refusal or a notice from a producer older than the fields that say who may rate it (centre, department,
     * applicant) cannot open a stage: skipped with a line in the log (not poison: the event is valid v1).
     */
    private void reachedWhenRateable(String caseNumber, String itemCode, String department, String centre,
                                     String applicant, String agent, Stage stage, java.time.OffsetDateTime at,
                                     String cause) {
        if (department == null || centre == null || (applicant == null && agent == null)) {
            log.info("{} of case {} does not say who may rate it; stage {} not opened", cause, caseNumber, stage);
            return;
        }
        eligibility.reached(facts(caseNumber, itemCode, department, centre, applicant, agent), stage, at, cause);
    }

    private static CaseFacts facts(String caseNumber, String itemCode, String department, String centre,
                                   String applicant, String agent) {
        try {
            return new CaseFacts(CaseNumber.of(caseNumber), ItemCode.of(itemCode), DepartmentCode.of(department),
                    CentreCode.of(centre), userOrNone(applicant), userOrNone(agent));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("event", "rating.unusable-event", e.getMessage());
        }
    }

    private static UserId userOrNone(String userId) {
        return userId == null || userId.isBlank() ? null : UserId.of(userId);
    }
}

package org.onewindow.intake.applications.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.onewindow.intake.catalog.domain.Channel;
import org.onewindow.intake.catalog.domain.ItemVersion;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.CentreCode;

/**
 * What an {@link Application} records for other services. Internal: the messaging adapter's contract mapper turns
 * each into the published {@code intake.*} event, so these may change without integrators noticing.
 */
public sealed interface ApplicationEvent {

    CaseNumber caseNumber();

    /**
     * 受理: accepted (possibly with materials owed under 容缺受理).
     *
     * @param acceptedBy the clerk's or agent's user id, or {@code system} for an online acceptance
     */
    record Accepted(CaseNumber caseNumber, ItemVersion item, CentreCode centreCode, Channel channel, Applicant applicant,
                    Agent agent, String acceptedBy, OffsetDateTime acceptedAt, LocalDate acceptedOn, boolean deemed,
                    List<String> deferredMaterials) implements ApplicationEvent {
    }

    /** 一次性告知: everything missing or defective, at once. */
    record NoticeIssued(CaseNumber caseNumber, String itemCode, List<MissingMaterial> missing, String issuedBy,
                        OffsetDateTime issuedAt, LocalDate dueOn, Rater rater) implements ApplicationEvent {
    }

    /** 不予受理. */
    record NotAccepted(CaseNumber caseNumber, String itemCode, List<Reason> reasons, String decidedBy,
                       OffsetDateTime decidedAt, Rater rater) implements ApplicationEvent {
    }

    /**
     * Who may rate a refusal or a notice (好差评 covers every service experience) and whom it counts for: the centre,
     * the implementing department, the applicant's and the agent's accounts (each may be null).
     */
    record Rater(String centreCode, String implementingDepartment, String applicantUserId, String agentUserId) {
    }

    /** Materials a review department asked for (补正) were handed in; {@code materials} are (code, name). */
    record SupplementReceived(CaseNumber caseNumber, UUID requestId, List<Supplied> materials, String receivedBy,
                              OffsetDateTime receivedAt) implements ApplicationEvent {

        public record Supplied(String code, String name) {
        }
    }

    /**
     * 统一窗口出件: exactly the stored decision.
     *
     * @param reference the tracking number or electronic licence number; null for a pick-up (who collected it is
     *                  personal data)
     * @param late      delivered after {@code licenceIssueDueBy}
     */
    record ResultDelivered(CaseNumber caseNumber, ItemVersion item, Decision decision, DeliveryMethod method,
                           OffsetDateTime deliveredAt, CentreCode centreCode, String applicantUserId,
                           String agentUserId, String reference, boolean late, LocalDate licenceIssueDueBy,
                           LicenceDocument licenceDocument) implements ApplicationEvent {
    }

    /** 电子监察 of delivery: a decided result near (YELLOW) or past (RED) its Art. 44 due date; once per level. */
    record DeliveryWarningRaised(CaseNumber caseNumber, ItemVersion item, DeliveryWarning level, LocalDate dueBy,
                                 boolean provisional, int workingDaysLeft, LocalDate raisedOn, CentreCode centreCode,
                                 String licenceNumber, OffsetDateTime raisedAt) implements ApplicationEvent {
    }
}

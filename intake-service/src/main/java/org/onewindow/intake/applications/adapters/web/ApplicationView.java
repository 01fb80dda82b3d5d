package org.onewindow.intake.applications.adapters.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.onewindow.intake.applications.domain.Applicant;
import org.onewindow.intake.applications.domain.ApplicantKind;
import org.onewindow.intake.applications.domain.Application;
import org.onewindow.intake.applications.domain.ApplicationStatus;
import org.onewindow.intake.applications.domain.Delivery;
import org.onewindow.intake.applications.domain.DeliveryMethod;
import org.onewindow.intake.applications.domain.LicenceStatus;
import org.onewindow.intake.applications.domain.Outcome;
import org.onewindow.intake.applications.domain.Receipt;
import org.onewindow.intake.applications.domain.SubmittedMaterial;
import org.onewindow.intake.applications.domain.SupplementRequest;
import org.onewindow.intake.catalog.domain.Channel;
import org.onewindow.platform.kernel.PhoneNumber;
import org.onewindow.platform.kernel.BlockedEvent;

/**
 * An application as the API shows it. Personal data is always masked (resident ID, phone): the full values stay
 * in intake's table for the clerk's paper file, not on the wire.
 *
 * @param blockedBy events about this case that intake could not apply and no operator has resolved yet (the case
 *                  is stuck until they are replayed or discarded); empty when none; null in lists (not computed)
 */
public record ApplicationView(String caseNumber, String itemCode, int itemVersion, String itemName, String centreCode,
                              Channel channel, ApplicationStatus status, ApplicantView applicant, AgentView agent,
                              List<SubmittedMaterial> materials, DeliveryMethod deliveryMethod, OffsetDateTime submittedAt,
                              LocalDate acceptedOn, boolean deemed, LocalDate promisedDeadline, LocalDate statutoryDeadline,
                              Receipt receipt, SupplementRequest supplementRequest, DecisionView decision, Delivery delivery,
                              List<BlockedEvent> blockedBy) {

    public record ApplicantView(ApplicantKind kind, String name, String maskedIdNumber, String maskedPhone, String userId) {
    }

    public record AgentView(String userId, String name, String mandateId, LocalDate mandateValidUntil) {
    }

    public record DecisionView(Outcome outcome, String licenceNumber, LocalDate validUntil, OffsetDateTime decidedAt,
                               LicenceStatus licenceStatus) {
    }

    /** Without {@code blockedBy} (lists). */
    public static ApplicationView of(Application a) {
        return of(a, null);
    }

    public static ApplicationView of(Application a, List<BlockedEvent> blockedBy) {
        Applicant applicant = a.applicant();
        return new ApplicationView(a.caseNumber().value(), a.item().itemCode(), a.item().version(), a.item().name(),
                a.centreCode().value(),
                a.channel(), a.status(),
                new ApplicantView(applicant.kind(), applicant.name(), applicant.maskedIdNumber(),
                        applicant.phone() == null ? null : PhoneNumber.mask(applicant.phone()), applicant.userId()),
                a.agent() == null ? null : new AgentView(a.agent().userId(), a.agent().name(), a.agent().mandate().mandateId(),
                        a.agent().mandate().validUntil()),
                a.materialList(), a.deliveryPreference().method(), a.submittedAt(), a.acceptedOn(), a.deemed(),
                a.promisedDeadline(), a.statutoryDeadline(), a.receipt(), a.supplementRequest(),
                a.decision() == null ? null : new DecisionView(a.decision().outcome(), a.decision().licenceNumber(),
                        a.decision().validUntil(), a.decision().decidedAt(), a.licenceStatus()),
                a.delivery(), blockedBy);
    }
}

package org.onewindow.intake.applications.adapters.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.onewindow.intake.applications.domain.Applicant;
import org.onewindow.intake.applications.domain.ApplicantKind;
import org.onewindow.intake.applications.domain.Application;
import org.onewindow.intake.applications.domain.ApplicationStatus;
import org.onewindow.intake.applications.domain.DeadlineChange;
import org.onewindow.intake.applications.domain.Delivery;
import org.onewindow.intake.applications.domain.DeliveryMethod;
import org.onewindow.intake.applications.domain.DeliveryWarning;
import org.onewindow.intake.applications.domain.LicenceStatus;
import org.onewindow.intake.applications.domain.Outcome;
import org.onewindow.intake.applications.domain.Receipt;
import org.onewindow.intake.applications.domain.SubmittedMaterial;
import org.onewindow.intake.applications.domain.SupplementRequest;
import org.onewindow.intake.catalog.domain.Channel;
import org.onewindow.platform.kernel.PhoneNumber;
import org.onewindow.platform.kernel.BlockedEvent;

/**
 * An application as the API shows it to one caller. The applicant's personal data (name, resident ID or USCC,
 * phone, delivery address) is shown whole only to those whose step needs it ({@code unmasked}: the applicant or
 * agent on their own case, the clerk of the centre it was submitted at, a reviewer or checker whose department has
 * a task in it; docs/security.md "What is masked, and where"); everyone else gets {@code idNumber} and {@code phone}
 * null, the name and address masked. {@code maskedIdNumber} and {@code maskedPhone} are always the masked values.
 *
 * @param deliveryAddress where the result is posted (EMS), masked unless shown whole; null when none was given
 *
 * @param deadlines the current deadlines as review last published them, whether they are provisional, the latest
 *                  extension or pause with its reason and legal basis, and Art. 44's licence due date
 * @param blockedBy events about this case that intake could not apply and no operator has resolved yet (the case
 *                  is stuck until they are replayed or discarded); empty when none; null in lists (not computed)
 */
public record ApplicationView(String caseNumber, String itemCode, int itemVersion, String itemName, String centreCode,
                              Channel channel, ApplicationStatus status, ApplicantView applicant, AgentView agent,
                              List<SubmittedMaterial> materials, DeliveryMethod deliveryMethod, String deliveryAddress,
                              OffsetDateTime submittedAt,
                              LocalDate acceptedOn, boolean deemed, LocalDate promisedDeadline, LocalDate statutoryDeadline,
                              Receipt receipt, SupplementRequest supplementRequest, DecisionView decision, Delivery delivery,
                              DeadlinesView deadlines, List<BlockedEvent> blockedBy) {

    /**
     * @param provisional                true while a deadline counts days of a year whose calendar is not published
     *                                   (counted Monday to Friday); recomputed and replaced once it is
     * @param latestChange               the latest extension (Art. 42), pause (Art. 45) or resumption; null if none
     * @param licenceIssueDueBy          Art. 44: the licence is issued and served by this day; null before a decision
     *                                   to approve
     * @param deliveryWarning            the delivery light today against {@code licenceIssueDueBy}: GREEN, YELLOW (due
     *                                   within review's warning threshold), RED (past it); null when nothing waits for
     *                                   delivery against a due date (before the decision, a rejection, delivered)
     */
    public record DeadlinesView(LocalDate promisedDeadline, LocalDate statutoryDeadline, boolean provisional,
                                DeadlineChange latestChange, LocalDate licenceIssueDueBy,
                                boolean licenceIssueDueProvisional, DeliveryWarning deliveryWarning) {

        public static DeadlinesView of(Application a, DeliveryWarning deliveryWarning) {
            return new DeadlinesView(a.promisedDeadline(), a.statutoryDeadline(), a.deadlinesProvisional(),
                    a.deadlineChange(), a.licenceIssueDueBy(), a.licenceIssueDueProvisional(), deliveryWarning);
        }
    }

    /**
     * @param idNumber the whole resident ID or USCC, only for callers shown personal data; else null
     * @param phone    the whole phone number, only for callers shown personal data; else null
     */
    public record ApplicantView(ApplicantKind kind, String name, String maskedIdNumber, String maskedPhone, String userId,
                                String idNumber, String phone) {
    }

    public record AgentView(String userId, String name, String mandateId, LocalDate mandateValidUntil) {
    }

    public record DecisionView(Outcome outcome, String licenceNumber, LocalDate validUntil, OffsetDateTime decidedAt,
                               LicenceStatus licenceStatus) {
    }

    /** Without {@code blockedBy} (lists). */
    public static ApplicationView of(Application a, DeliveryWarning deliveryWarning, boolean unmasked) {
        return of(a, deliveryWarning, null, unmasked);
    }

    public static ApplicationView of(Application a, DeliveryWarning deliveryWarning, List<BlockedEvent> blockedBy,
                                     boolean unmasked) {
        Applicant applicant = a.applicant();
        // a company's name is on the public register; a person's is personal data
        String name = unmasked || applicant.kind() != ApplicantKind.PERSON ? applicant.name() : maskName(applicant.name());
        String address = a.deliveryPreference().address();
        return new ApplicationView(a.caseNumber().value(), a.item().itemCode(), a.item().version(), a.item().name(),
                a.centreCode().value(),
                a.channel(), a.status(),
                new ApplicantView(applicant.kind(), name, applicant.maskedIdNumber(),
                        applicant.phone() == null ? null : PhoneNumber.mask(applicant.phone()), applicant.userId(),
                        unmasked ? applicant.idNumber() : null, unmasked ? applicant.phone() : null),
                a.agent() == null ? null : new AgentView(a.agent().userId(), a.agent().name(), a.agent().mandate().mandateId(),
                        a.agent().mandate().validUntil()),
                a.materialList(), a.deliveryPreference().method(), unmasked ? address : maskAddress(address),
                a.submittedAt(), a.acceptedOn(), a.deemed(),
                a.promisedDeadline(), a.statutoryDeadline(), a.receipt(), a.supplementRequest(),
                a.decision() == null ? null : new DecisionView(a.decision().outcome(), a.decision().licenceNumber(),
                        a.decision().validUntil(), a.decision().decidedAt(), a.licenceStatus()),
                unmasked ? a.delivery() : maskCollector(a.delivery()), DeadlinesView.of(a, deliveryWarning), blockedBy);
    }

    /** Who collected the result at the window is a person's name: masked like the applicant's. */
    static Delivery maskCollector(Delivery d) {
        return d == null || d.collectedBy() == null ? d : new Delivery(d.method(), d.trackingNumber(),
                maskName(d.collectedBy()), d.licenceNumber(), d.late(), d.deliveredAt(), d.deliveredBy());
    }

    /** 张三 → 张*, 欧阳娜娜 → 欧***: the first character stays, so a caller can still tell cases apart. */
    static String maskName(String name) {
        if (name == null || name.codePointCount(0, name.length()) <= 1) {
            return name == null ? null : "*";
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
    }

    /** The first six characters (province, city, district as usually written) stay; street and number do not. */
    static String maskAddress(String address) {
        if (address == null) {
            return null;
        }
        int count = address.codePointCount(0, address.length());
        int keep = Math.min(6, count / 2);
        int end = address.offsetByCodePoints(0, keep);
        return address.substring(0, end) + "*".repeat(count - keep);
    }
}

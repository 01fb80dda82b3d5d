package org.onewindow.contracts.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onewindow.contracts.CaseEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The approval decision (审批决定) and, if approved, the licence (证照). Supervision must receive every
 * approval (审管分离); {@code participants} lets it keep anyone who handled the case from supervising it.
 *
 * @param licenceNumber        null for a rejection
 * @param validFrom            null for a rejection
 * @param validUntil           null for a rejection or a licence without expiry
 * @param reasons              mandatory for a rejection
 * @param holderName           the applicant, who holds the licence
 * @param holderMaskedIdNumber the holder's resident ID or USCC, masked
 * @param participants         user ids of everyone who reviewed or checked any task of the case
 * @param licenceIssueDueBy    Art. 44 行政许可法: the licence is issued (送达) within 10 working days after the
 *                             decision; null for a rejection (and in events written before it was added)
 * @param licenceIssueDueProvisional true when {@code licenceIssueDueBy} counts days of a year whose calendar is not
 *                             published yet; a {@code DeadlinesRecomputed} follows once it is
 */
@EventType(name = "review.DecisionMade", version = 1, stream = Stream.REVIEW_CASES)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DecisionMade(
        String caseNumber,
        String itemCode,
        int itemVersion,
        String itemName,
        Outcome outcome,
        @Nullable String licenceNumber,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil,
        List<String> reasons,
        OffsetDateTime decidedAt,
        String implementingDepartment,
        String supervisingDepartment,
        String holderName,
        String holderMaskedIdNumber,
        List<String> participants,
        String applicantUserId,
        @Nullable LocalDate licenceIssueDueBy,
        @Nullable Boolean licenceIssueDueProvisional) implements CaseEvent {

    /** The decision as written before the licence due date travelled with it. */
    public DecisionMade(String caseNumber, String itemCode, int itemVersion, String itemName, Outcome outcome,
                        @Nullable String licenceNumber, @Nullable LocalDate validFrom, @Nullable LocalDate validUntil,
                        List<String> reasons, OffsetDateTime decidedAt, String implementingDepartment,
                        String supervisingDepartment, String holderName, String holderMaskedIdNumber,
                        List<String> participants, String applicantUserId) {
        this(caseNumber, itemCode, itemVersion, itemName, outcome, licenceNumber, validFrom, validUntil, reasons,
                decidedAt, implementingDepartment, supervisingDepartment, holderName, holderMaskedIdNumber,
                participants, applicantUserId, null, null);
    }

    public DecisionMade {
        EventFields.requireKey(caseNumber, "caseNumber");
        EventFields.requireMasked(holderMaskedIdNumber, "holderMaskedIdNumber");
        reasons = EventFields.list(reasons);
        participants = EventFields.list(participants);
    }
}

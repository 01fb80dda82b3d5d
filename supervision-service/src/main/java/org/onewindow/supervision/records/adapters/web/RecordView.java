package org.onewindow.supervision.records.adapters.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.onewindow.platform.kernel.BlockedEvent;
import org.onewindow.platform.kernel.UserId;
import org.onewindow.supervision.records.domain.Approval;
import org.onewindow.supervision.records.domain.LicenceStatus;
import org.onewindow.supervision.records.domain.RecordStatus;
import org.onewindow.supervision.records.domain.SupervisionRecord;

/**
 * A supervision record as the API shows it. The holder's ID number is only ever held masked.
 *
 * @param participants who reviewed or checked the case, and may therefore not supervise it (审管分离)
 * @param blockedBy    events about the case that supervision could not apply and no operator has resolved yet
 *                     (stuck until replayed or discarded); empty when none; null in lists (not computed)
 */
public record RecordView(UUID id, String caseNumber, String itemCode, String itemName, String licenceNumber,
                         String supervisingDepartment, String holderName, String holderMaskedIdNumber,
                         OffsetDateTime decidedAt, OffsetDateTime pushedAt, LocalDate claimDeadline,
                         boolean pushedLate, RecordStatus status, String claimedBy, OffsetDateTime claimedAt,
                         OffsetDateTime escalatedAt, LicenceStatus licenceStatus, List<String> participants,
                         List<BlockedEvent> blockedBy) {

    /**
     * The view with the holder's name masked (first character kept), for a reader granted all-masked only (MONITOR);
     * the ID number is only ever held masked.
     */
    public RecordView masked() {
        return new RecordView(id, caseNumber, itemCode, itemName, licenceNumber, supervisingDepartment,
                maskName(holderName), holderMaskedIdNumber, decidedAt, pushedAt, claimDeadline, pushedLate, status,
                claimedBy, claimedAt, escalatedAt, licenceStatus, participants, blockedBy);
    }

    /** 张三 → 张*, 欧阳娜娜 → 欧***: the first character, each other one a {@code *}. */
    static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
    }

    /** Without {@code blockedBy} (lists). */
    public static RecordView of(SupervisionRecord r) {
        return of(r, null);
    }

    public static RecordView of(SupervisionRecord r, List<BlockedEvent> blockedBy) {
        Approval a = r.approval();
        return new RecordView(r.id(), a.caseNumber().value(), a.itemCode().value(), a.itemName(), a.licenceNumber(),
                a.supervisingDepartment().value(), a.holderName(), a.holderMaskedIdNumber(), a.decidedAt(),
                r.pushedAt(), r.claimDeadline(), r.pushedLate(), r.status(),
                r.claimedBy() == null ? null : r.claimedBy().value(), r.claimedAt(), r.escalatedAt(),
                r.licenceStatus(), a.participants().stream().map(UserId::value).toList(), blockedBy);
    }
}

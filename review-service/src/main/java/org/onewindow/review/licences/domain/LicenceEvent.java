package org.onewindow.review.licences.domain;

import java.time.Instant;
import java.time.LocalDate;

/** What a licence of the register announces (mapped to {@code review.LicenceIssued}). */
public sealed interface LicenceEvent {

    record Issued(String caseNumber, String number, String itemCode, LocalDate validFrom, LocalDate validUntil,
                  StoredDocument document, Instant issuedAt) implements LicenceEvent {
    }
}

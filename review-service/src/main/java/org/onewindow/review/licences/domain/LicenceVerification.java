package org.onewindow.review.licences.domain;

import java.time.LocalDate;

import org.onewindow.review.cases.domain.LicenceStatus;

/** What verification answers: public fields only (no ID number, no case number, no document). */
public record LicenceVerification(String number, String itemCode, String itemName, String holderName,
                                  String department, LocalDate validFrom, LocalDate validUntil, LicenceStatus status) {
}

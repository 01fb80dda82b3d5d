package org.onewindow.intake.applications;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.onewindow.contracts.review.Outcome;

/** The review decision (审批决定) as received; delivery hands out exactly this (invariant 3). */
public record Decision(Outcome outcome, String licenceNumber, LocalDate validUntil, OffsetDateTime decidedAt) {
}

package org.onewindow.intake.applications.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The review decision (审批决定) as received; delivery hands out exactly this (invariant 3). */
public record Decision(Outcome outcome, String licenceNumber, LocalDate validUntil, OffsetDateTime decidedAt) {
}

package org.onewindow.intake.applications.domain;

import java.time.LocalDate;

/**
 * 委托书: the written mandate under which a village agent (代办员) applies for someone.
 *
 * @param documentRef where the signed document is filed (scan reference)
 */
public record Mandate(String mandateId, String documentRef, String principalName, LocalDate validUntil) {
}

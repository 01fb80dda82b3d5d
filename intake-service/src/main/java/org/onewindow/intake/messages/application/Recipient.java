package org.onewindow.intake.messages.application;

/**
 * Whom a case's messages are for: the applicant's account (a walk-in applicant's is {@code walk-in:<case>}), the
 * agent who filed it (代办, may be null) and the applicant's phone for the SMS (may be null).
 */
public record Recipient(String caseNumber, String applicantUserId, String agentUserId, String phone) {
}

package org.onewindow.intake.messages.application;

/**
 * One text to send to the applicant's phone.
 *
 * @param messageId the message box entry it announces (a provider may use it as its idempotency key)
 * @param phone     the whole number: only the channel sees it; logs and the recording show it masked
 */
public record Notification(String messageId, String caseNumber, String phone, String text) {
}

package org.onewindow.intake.applications.domain;

/**
 * One reason of a refusal (不予受理).
 *
 * @param rule    stable rule identifier, e.g. {@code intake.stated-reason}
 * @param message the reason as shown on the receipt
 */
public record Reason(String rule, String message) {
}

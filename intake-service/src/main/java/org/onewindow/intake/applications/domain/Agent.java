package org.onewindow.intake.applications.domain;

/** The village agent (代办员) who acts for the applicant, and the mandate they act under. */
public record Agent(String userId, String name, Mandate mandate) {
}

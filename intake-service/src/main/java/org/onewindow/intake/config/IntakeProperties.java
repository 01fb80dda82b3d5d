package org.onewindow.intake.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Intake's settings ({@code onewindow.intake.*}), checked at start: an invalid value stops the service rather than
 * computing wrong due dates. Documented in docs/intake.md, "Configuration".
 *
 * @param noticeWorkingDays working days the applicant has to answer a one-time notice (一次性告知), counted on the
 *                          catalog's working-day calendar
 */
@Validated
@ConfigurationProperties("onewindow.intake")
public record IntakeProperties(@DefaultValue("10") @Min(1) @Max(60) int noticeWorkingDays) {
}

package org.onewindow.intake.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Intake's settings ({@code onewindow.intake.*}), checked at start: an invalid value stops the service rather than
 * computing wrong due dates. Documented in docs/intake.md, "Configuration".
 *
 * @param noticeWorkingDays working days the applicant has to answer a one-time notice (一次性告知), counted on the
 *                          catalog's working-day calendar
 * @param deliveryWarnings  the 电子监察 scan of delivery against Art. 44's licence due date
 */
@Validated
@ConfigurationProperties("onewindow.intake")
public record IntakeProperties(@DefaultValue("10") @Min(1) @Max(60) int noticeWorkingDays,
                               @DefaultValue @Valid DeliveryWarnings deliveryWarnings) {

    /**
     * The thresholds are not set here: they are review's case-warning rule (the platform's {@code WarningPolicy}
     * default), so both lights turn on the same day.
     *
     * @param enabled      run the scan (default true)
     * @param scanInterval pause between two scans (default one minute)
     */
    public record DeliveryWarnings(@DefaultValue("true") boolean enabled,
                                   @DefaultValue("PT1M") @NotNull Duration scanInterval) {

        @AssertTrue(message = "must be a positive duration, e.g. PT1M")
        public boolean isScanIntervalPositive() {
            return scanInterval == null || scanInterval.isPositive();
        }
    }
}

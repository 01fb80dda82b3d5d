package org.onewindow.supervision.config;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * {@code onewindow.supervision.*}; localities differ, so every figure is configuration. Defaults live here only;
 * a value breaking a constraint stops the service at start, naming the key. Dates are China's days (the
 * platform's {@code ChinaTime.ZONE} and {@code Clock}): there is no zone key.
 *
 * @param claimWorkingDays working days after the push within which the department must claim (认领期限)
 * @param pushWorkingDays  working days after the decision within which the approval must be pushed
 * @param escalation       the scan escalating unclaimed records past their deadline
 */
@Validated
@ConfigurationProperties("onewindow.supervision")
public record SupervisionProperties(
        @DefaultValue("2") @Min(1) @Max(60) int claimWorkingDays,
        @DefaultValue("2") @Min(0) @Max(60) int pushWorkingDays,
        @DefaultValue @Valid @NotNull Escalation escalation) {

    /**
     * @param enabled      run the scheduled scan (tests drive the scan themselves)
     * @param scanInterval pause between two scans, also the delay before the first
     */
    public record Escalation(@DefaultValue("true") boolean enabled,
                             @DefaultValue("PT1M") @NotNull @DurationMin(seconds = 1) Duration scanInterval) {
    }
}

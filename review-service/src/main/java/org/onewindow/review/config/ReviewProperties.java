package org.onewindow.review.config;

import java.time.Duration;
import java.time.Period;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.onewindow.review.cases.domain.ExtensionRules;
import org.onewindow.review.cases.domain.LicenceTerms;
import org.onewindow.review.cases.domain.StepLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code onewindow.review.*}: local figures with the legal defaults (DESIGN §5; localities differ), checked when the
 * service starts (a wrong value stops it with the key and the rule). Every default is here, and in docs/review.md.
 *
 * @param licenceValidity         how long a licence is valid from the decision day (default 5 years)
 * @param licenceIssueWorkingDays working days after the decision to issue the licence (Art. 44: 10)
 * @param warnings                the 电子监察 scan
 * @param extensions              limits of a statutory extension (延期)
 * @param steps                   the per-task (step) limit
 * @param supplements             the limit of supplement requests after acceptance
 */
@ConfigurationProperties("onewindow.review")
@Validated
public record ReviewProperties(@DefaultValue("P5Y") @NotNull Period licenceValidity,
                               @DefaultValue("10") @Min(1) int licenceIssueWorkingDays,
                               @DefaultValue @Valid Warnings warnings,
                               @DefaultValue @Valid Extensions extensions,
                               @DefaultValue @Valid Steps steps,
                               @DefaultValue @Valid Supplements supplements) {

    @AssertTrue(message = "must be a positive period, e.g. P5Y")
    public boolean isLicenceValidityPositive() {
        return licenceValidity == null || (!licenceValidity.isNegative() && !licenceValidity.isZero());
    }

    public LicenceTerms licenceTerms() {
        return new LicenceTerms(licenceValidity, licenceIssueWorkingDays);
    }

    public ExtensionRules extensionRules() {
        return new ExtensionRules(extensions.maxWorkingDays(), extensions.jointMaxWorkingDays());
    }

    public StepLimits stepLimits() {
        return new StepLimits(steps.workingDays());
    }

    /**
     * @param maxWorkingDays       most working days one extension adds (Art. 42: 10)
     * @param jointMaxWorkingDays  the same for an item version the catalog marks as handled jointly (Art. 42: 15)
     */
    public record Extensions(@DefaultValue("10") @Min(1) int maxWorkingDays,
                             @DefaultValue("15") @Min(1) int jointMaxWorkingDays) {
    }

    /**
     * @param maxPerTask supplement requests (补正) one task may make after acceptance before a CHECKER of its
     *                   department must approve (send) another (default 1)
     */
    public record Supplements(@DefaultValue("1") @Min(1) int maxPerTask) {
    }

    /**
     * @param workingDays every task's limit in working days from the day it opened; unset (default): the promised
     *                    limit for parallel routes, the promised limit split evenly (rounded up) for serial ones
     */
    public record Steps(@PositiveOrZero Integer workingDays) {
    }

    /**
     * @param enabled                 run the scan (default true)
     * @param scanInterval            pause between two scans (default one minute)
     * @param yellowWorkingDaysBefore YELLOW from this many working days before the promised deadline (default 1)
     */
    public record Warnings(@DefaultValue("true") boolean enabled,
                           @DefaultValue("PT1M") @NotNull Duration scanInterval,
                           @DefaultValue("1") @PositiveOrZero int yellowWorkingDaysBefore) {

        @AssertTrue(message = "must be a positive duration, e.g. PT1M")
        public boolean isScanIntervalPositive() {
            return scanInterval == null || scanInterval.isPositive();
        }
    }
}

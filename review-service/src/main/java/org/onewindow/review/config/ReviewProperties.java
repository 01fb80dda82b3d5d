package org.onewindow.review.config;

import java.time.Duration;
import java.time.Period;

import org.onewindow.review.cases.ExtensionRules;
import org.onewindow.review.cases.LicenceTerms;
import org.onewindow.review.cases.StepLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onewindow.review.*}: local figures with the legal defaults (DESIGN §5; localities differ).
 *
 * @param licenceValidity        how long a licence is valid from the decision day (default 5 years)
 * @param licenceIssueWorkingDays working days after the decision to issue the licence (Art. 44: 10)
 * @param warnings               the 电子监察 scan
 * @param extensions             limits of a statutory extension (延期)
 * @param steps                  the per-task (step) limit
 */
@ConfigurationProperties("onewindow.review")
public record ReviewProperties(Period licenceValidity, Integer licenceIssueWorkingDays, Warnings warnings,
                               Extensions extensions, Steps steps) {

    public ReviewProperties {
        licenceValidity = licenceValidity == null ? Period.ofYears(5) : licenceValidity;
        licenceIssueWorkingDays = licenceIssueWorkingDays == null ? 10 : licenceIssueWorkingDays;
        warnings = warnings == null ? new Warnings(null, null, null) : warnings;
        extensions = extensions == null ? new Extensions(null, null, null) : extensions;
        steps = steps == null ? new Steps(null) : steps;
    }

    public LicenceTerms licenceTerms() {
        return new LicenceTerms(licenceValidity, licenceIssueWorkingDays);
    }

    public ExtensionRules extensionRules() {
        return new ExtensionRules(extensions.maxWorkingDays(), extensions.jointMaxWorkingDays(),
                extensions.jointFromDepartments());
    }

    public StepLimits stepLimits() {
        return new StepLimits(steps.workingDays());
    }

    /**
     * @param maxWorkingDays       most working days one extension adds (Art. 42: 10)
     * @param jointMaxWorkingDays  the same for joint or centralised handling (Art. 42: 15)
     * @param jointFromDepartments a route with at least this many departments counts as joint handling (default 2)
     */
    public record Extensions(Integer maxWorkingDays, Integer jointMaxWorkingDays, Integer jointFromDepartments) {
        public Extensions {
            maxWorkingDays = maxWorkingDays == null ? ExtensionRules.DEFAULT.maxWorkingDays() : maxWorkingDays;
            jointMaxWorkingDays = jointMaxWorkingDays == null ? ExtensionRules.DEFAULT.jointMaxWorkingDays() : jointMaxWorkingDays;
            jointFromDepartments = jointFromDepartments == null ? ExtensionRules.DEFAULT.jointFromDepartments() : jointFromDepartments;
        }
    }

    /**
     * @param workingDays every task's limit in working days from the day it opened; unset (default): the promised
     *                    limit for parallel routes, the promised limit split evenly (rounded up) for serial ones
     */
    public record Steps(Integer workingDays) {
    }

    /**
     * @param enabled                 run the scan (default true)
     * @param scanInterval            pause between two scans (default one minute)
     * @param yellowWorkingDaysBefore YELLOW from this many working days before the promised deadline (default 1)
     */
    public record Warnings(Boolean enabled, Duration scanInterval, Integer yellowWorkingDaysBefore) {
        public Warnings {
            enabled = enabled == null || enabled;
            scanInterval = scanInterval == null ? Duration.ofMinutes(1) : scanInterval;
            yellowWorkingDaysBefore = yellowWorkingDaysBefore == null ? 1 : yellowWorkingDaysBefore;
        }
    }
}

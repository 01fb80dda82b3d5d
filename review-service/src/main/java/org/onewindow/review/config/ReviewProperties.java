package org.onewindow.review.config;

import java.time.Duration;
import java.time.Period;

import org.onewindow.review.cases.LicenceTerms;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onewindow.review.*}: local figures with the legal defaults (DESIGN §5; localities differ).
 *
 * @param licenceValidity        how long a licence is valid from the decision day (default 5 years)
 * @param licenceIssueWorkingDays working days after the decision to issue the licence (Art. 44: 10)
 * @param warnings               the 电子监察 scan
 */
@ConfigurationProperties("onewindow.review")
public record ReviewProperties(Period licenceValidity, Integer licenceIssueWorkingDays, Warnings warnings) {

    public ReviewProperties {
        licenceValidity = licenceValidity == null ? Period.ofYears(5) : licenceValidity;
        licenceIssueWorkingDays = licenceIssueWorkingDays == null ? 10 : licenceIssueWorkingDays;
        warnings = warnings == null ? new Warnings(null, null, null) : warnings;
    }

    public LicenceTerms licenceTerms() {
        return new LicenceTerms(licenceValidity, licenceIssueWorkingDays);
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

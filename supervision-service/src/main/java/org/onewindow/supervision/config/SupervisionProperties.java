package org.onewindow.supervision.config;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.supervision.*}; localities differ, so every figure is configuration.
 *
 * @param claimWorkingDays working days after the push within which the department must claim (认领期限)
 * @param pushWorkingDays  working days after the decision within which the approval must be pushed
 * @param zone             the centre's time zone: dates of pushes and deadlines are taken there
 * @param escalation       the scan escalating unclaimed records past their deadline
 */
@ConfigurationProperties("onewindow.supervision")
public record SupervisionProperties(
        @DefaultValue("2") int claimWorkingDays,
        @DefaultValue("2") int pushWorkingDays,
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue Escalation escalation) {

    /**
     * @param enabled      run the scheduled scan (tests drive the scan themselves)
     * @param scanInterval pause between two scans
     */
    public record Escalation(@DefaultValue("true") boolean enabled, @DefaultValue("PT1M") Duration scanInterval) {
    }
}

package org.onewindow.rating.config;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.onewindow.platform.clock.LegalDefaults;
import org.onewindow.rating.ratings.domain.RatingWindow;
import org.onewindow.rating.rectifications.domain.RectificationTerms;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code onewindow.rating.*}: local figures with their defaults (DESIGN §5 "Ratings"; localities differ), checked
 * when the service starts (a service with a window of 0 days would refuse every rating).
 *
 * @param windowDays               calendar days a stage stays open for rating after it opened (default 30)
 * @param rectificationWorkingDays working days a department has to rectify a bad rating (default 15; 5 or 7 in some
 *                                 localities)
 * @param rectification            the other steps of the rectification loop and its overdue watch
 */
@ConfigurationProperties("onewindow.rating")
@Validated
public record RatingProperties(
        @DefaultValue("" + RatingWindow.DEFAULT_DAYS) @Min(1) @Max(366) int windowDays,
        @DefaultValue("" + LegalDefaults.RECTIFICATION_LIMIT) @Min(1) @Max(250) int rectificationWorkingDays,
        @DefaultValue @Valid Rectification rectification) {

    @ConstructorBinding
    public RatingProperties {
    }

    /** The two figures every locality sets, the rest at their defaults. */
    public RatingProperties(int windowDays, int rectificationWorkingDays) {
        this(windowDays, rectificationWorkingDays, Rectification.defaults());
    }

    public RatingWindow window() {
        return new RatingWindow(windowDays);
    }

    public RectificationTerms rectificationTerms() {
        return new RectificationTerms(rectificationWorkingDays, rectification.verifyWorkingDays(),
                rectification.followUpWorkingDays(), rectification.closeWorkingDays(),
                rectification.appealWorkingDays());
    }

    /**
     * {@code onewindow.rating.rectification.*}: working days per step and the overdue watch.
     *
     * @param verifyWorkingDays   to verify (核实) the complaint after the rating (default 5)
     * @param followUpWorkingDays to call the applicant back (回访) after rectifying (default 5)
     * @param closeWorkingDays    to close after a satisfied follow-up call (default 3)
     * @param appealWorkingDays   for a MONITOR to decide an appeal (申诉) (default 5)
     * @param overdueWatch        whether the overdue watch runs (default true)
     * @param overdueScanInterval how often it scans (default PT5M)
     */
    public record Rectification(
            @DefaultValue("" + RectificationTerms.DEFAULT_VERIFY_DAYS) @Min(1) @Max(60) int verifyWorkingDays,
            @DefaultValue("" + RectificationTerms.DEFAULT_FOLLOW_UP_DAYS) @Min(1) @Max(60) int followUpWorkingDays,
            @DefaultValue("" + RectificationTerms.DEFAULT_CLOSE_DAYS) @Min(1) @Max(60) int closeWorkingDays,
            @DefaultValue("" + RectificationTerms.DEFAULT_APPEAL_DAYS) @Min(1) @Max(60) int appealWorkingDays,
            @DefaultValue("true") boolean overdueWatch,
            @DefaultValue("PT5M") @NotNull Duration overdueScanInterval) {

        static Rectification defaults() {
            return new Rectification(RectificationTerms.DEFAULT_VERIFY_DAYS, RectificationTerms.DEFAULT_FOLLOW_UP_DAYS,
                    RectificationTerms.DEFAULT_CLOSE_DAYS, RectificationTerms.DEFAULT_APPEAL_DAYS, true,
                    Duration.ofMinutes(5));
        }

        @AssertTrue(message = "must be a positive duration, e.g. PT5M")
        public boolean isOverdueScanIntervalPositive() {
            return overdueScanInterval == null || overdueScanInterval.isPositive();
        }
    }
}

package org.onewindow.rating.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.onewindow.platform.clock.LegalDefaults;
import org.onewindow.rating.ratings.domain.RatingWindow;
import org.onewindow.rating.rectifications.domain.RectificationTerms;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code onewindow.rating.*}: local figures with their defaults (DESIGN §5 "Ratings"; localities differ), checked
 * when the service starts (a service with a window of 0 days would refuse every rating).
 *
 * @param windowDays               calendar days a stage stays open for rating after it opened (default 30)
 * @param rectificationWorkingDays working days a department has to rectify a bad rating (default 15; 5 or 7 in some
 *                                 localities)
 */
@ConfigurationProperties("onewindow.rating")
@Validated
public record RatingProperties(
        @DefaultValue("" + RatingWindow.DEFAULT_DAYS) @Min(1) @Max(366) int windowDays,
        @DefaultValue("" + LegalDefaults.RECTIFICATION_LIMIT) @Min(1) @Max(250) int rectificationWorkingDays) {

    public RatingWindow window() {
        return new RatingWindow(windowDays);
    }

    public RectificationTerms rectificationTerms() {
        return new RectificationTerms(rectificationWorkingDays);
    }
}

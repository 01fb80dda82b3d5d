package org.onewindow.rating.config;

import org.onewindow.platform.clock.LegalDefaults;
import org.onewindow.rating.ratings.RatingWindow;
import org.onewindow.rating.rectifications.RectificationTerms;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onewindow.rating.*}: local figures with their defaults (DESIGN §5 "Ratings"; localities differ).
 *
 * @param windowDays               calendar days a stage stays open for rating after it opened (default 30)
 * @param rectificationWorkingDays working days a department has to rectify a bad rating (default 15; 5 or 7 in some
 *                                 localities)
 */
@ConfigurationProperties("onewindow.rating")
public record RatingProperties(Integer windowDays, Integer rectificationWorkingDays) {

    public RatingProperties {
        windowDays = windowDays == null ? RatingWindow.DEFAULT_DAYS : windowDays;
        rectificationWorkingDays = rectificationWorkingDays == null ? LegalDefaults.RECTIFICATION_LIMIT
                : rectificationWorkingDays;
    }

    public RatingWindow window() {
        return new RatingWindow(windowDays);
    }

    public RectificationTerms rectificationTerms() {
        return new RectificationTerms(rectificationWorkingDays);
    }
}

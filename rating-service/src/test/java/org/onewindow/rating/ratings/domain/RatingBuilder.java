package org.onewindow.rating.ratings.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.CentreCode;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.ItemCode;
import org.onewindow.platform.kernel.UserId;

/**
 * A rating as a test describes it: {@code aRating().level(DISSATISFIED).ratedAt(t).build()}. Defaults: the applicant
 * "applicant-1" rated case C3301-9 (item FOOD-BIZ-LICENCE, department MARKET, centre C-CITY-01) at COMPLETION,
 * SATISFIED, without a comment.
 */
public final class RatingBuilder {

    private Level level = Level.SATISFIED;
    private OffsetDateTime ratedAt = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");
    private String department = "MARKET";

    private RatingBuilder() {
    }

    public static RatingBuilder aRating() {
        return new RatingBuilder();
    }

    public RatingBuilder level(Level level) {
        this.level = level;
        return this;
    }

    public RatingBuilder ratedAt(OffsetDateTime ratedAt) {
        this.ratedAt = ratedAt;
        return this;
    }

    public RatingBuilder department(String department) {
        this.department = department;
        return this;
    }

    public Rating build() {
        return new Rating(UUID.randomUUID(), CaseNumber.of("C3301-9"), Stage.COMPLETION, level, null,
                UserId.of("applicant-1"), RaterRole.APPLICANT, null, ItemCode.of("FOOD-BIZ-LICENCE"),
                DepartmentCode.of(department), CentreCode.of("C-CITY-01"), ratedAt);
    }
}

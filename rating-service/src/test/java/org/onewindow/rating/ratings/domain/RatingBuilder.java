package org.onewindow.rating.ratings.domain;

import java.time.OffsetDateTime;
import java.util.UUID;


/**
 * A rating as a test describes it: {@code aRating().level(DISSATISFIED).ratedAt(t).build()}. Defaults: the applicant
 * "applicant-1" rated case C3301-9 (item FOOD-BIZ-LICENCE, department MARKET, centre C-CITY-01) at COMPLETION,
 * SATISFIED, without a comment.
 */
public final class RatingBuilder {

    private RatedCaseBuilder ratedCase = RatedCaseBuilder.aCase().number("C3301-9").applicant("applicant-1");
    private Stage stage = Stage.COMPLETION;
    private Level level = Level.SATISFIED;
    private OffsetDateTime ratedAt = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");

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
        ratedCase.department(department);
        return this;
    }

    /** A rating of that case (its number, item, department and centre), by its applicant. */
    public RatingBuilder of(RatedCaseBuilder theCase) {
        ratedCase = theCase;
        return this;
    }

    public RatingBuilder stage(Stage value) {
        stage = value;
        return this;
    }

    public Rating build() {
        CaseFacts facts = ratedCase.facts();
        return new Rating(UUID.randomUUID(), facts.caseNumber(), stage, level, null, facts.applicant(),
                RaterRole.APPLICANT, null, facts.itemCode(), facts.implementingDepartment(), facts.centreCode(), ratedAt);
    }
}

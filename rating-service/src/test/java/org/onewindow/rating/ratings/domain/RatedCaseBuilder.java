package org.onewindow.rating.ratings.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.CentreCode;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.ItemCode;
import org.onewindow.platform.kernel.UserId;

/**
 * A rated case as a test describes it: {@code aCase().applicant("applicant-1").acceptedAt(t).build()}. Defaults: case
 * C3301-1 of item FOOD-BIZ-LICENCE, department MARKET, centre C-CITY-01, no applicant or agent, no stage.
 */
public final class RatedCaseBuilder {

    private String caseNumber = "C3301-1";
    private String item = "FOOD-BIZ-LICENCE";
    private String department = "MARKET";
    private String centre = "C-CITY-01";
    private String applicant;
    private String agent;
    private final Map<Stage, OffsetDateTime> stages = new EnumMap<>(Stage.class);
    private final List<Stage> rated = new ArrayList<>();

    private RatedCaseBuilder() {
    }

    public static RatedCaseBuilder aCase() {
        return new RatedCaseBuilder();
    }

    public RatedCaseBuilder number(String caseNumber) {
        this.caseNumber = caseNumber;
        return this;
    }

    public RatedCaseBuilder department(String department) {
        this.department = department;
        return this;
    }

    public RatedCaseBuilder applicant(String userId) {
        this.applicant = userId;
        return this;
    }

    public RatedCaseBuilder agent(String userId) {
        this.agent = userId;
        return this;
    }

    public RatedCaseBuilder acceptedAt(OffsetDateTime at) {
        stages.put(Stage.ACCEPTANCE, at);
        return this;
    }

    public RatedCaseBuilder deliveredAt(OffsetDateTime at) {
        stages.put(Stage.COMPLETION, at);
        return this;
    }

    /** The stage was rated already (by the applicant, SATISFIED, a day after it opened). */
    public RatedCaseBuilder ratedAt(Stage stage) {
        rated.add(stage);
        return this;
    }

    public CaseFacts facts() {
        return new CaseFacts(CaseNumber.of(caseNumber), ItemCode.of(item), DepartmentCode.of(department),
                CentreCode.of(centre), applicant == null ? null : UserId.of(applicant),
                agent == null ? null : UserId.of(agent));
    }

    public RatedCase build() {
        List<Rating> ratings = rated.stream().map(stage -> RatingBuilder.aRating().of(this).stage(stage)
                .ratedAt(stages.get(stage).plusDays(1)).build()).toList();
        return RatedCase.restore(facts(), Instant.parse("2026-03-01T00:00:00Z"), stages, ratings, 1);
    }
}

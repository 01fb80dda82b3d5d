package org.onewindow.contracts.rating;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.onewindow.contracts.CaseEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A rating of one case at one stage (好差评, 一次一评), with the dimensions the published statistics group by.
 * Version 2 of {@link RatingSubmitted}: a stage may also be a one-time notice (NOTICE) or a refusal (REFUSAL), which
 * a v1 reader could not read. Rating publishes v2 for every rating and v1 as well for the two stages v1 knows,
 * until every consumer reads v2.
 *
 * @param bad     差评: {@link Level#DISSATISFIED} or {@link Level#VERY_DISSATISFIED}; always equals {@code level.bad()}
 * @param comment the rater's own words; may be absent
 */
@EventType(name = "rating.RatingSubmitted", version = 2, stream = Stream.RATING_RATINGS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RatingSubmittedV2(
        UUID ratingId,
        String caseNumber,
        Stage stage,
        Level level,
        boolean bad,
        String itemCode,
        String implementingDepartment,
        String centreCode,
        RaterRole raterRole,
        @Nullable String comment,
        OffsetDateTime ratedAt) implements CaseEvent {

    public RatingSubmittedV2 {
        EventFields.requireKey(caseNumber, "caseNumber");
        if (level != null && bad != level.bad()) {
            throw new IllegalArgumentException("bad must be " + level.bad() + " for level " + level);
        }
    }

    public enum Stage {
        /** 受理环节 */
        ACCEPTANCE,
        /** 办结环节 */
        COMPLETION,
        /** 一次性告知 */
        NOTICE,
        /** 不予受理 */
        REFUSAL
    }

    /** The five levels of 好差评. */
    public enum Level {
        /** 非常满意 */
        VERY_SATISFIED(false),
        /** 满意 */
        SATISFIED(false),
        /** 基本满意 */
        BASICALLY_SATISFIED(false),
        /** 不满意 */
        DISSATISFIED(true),
        /** 非常不满意 */
        VERY_DISSATISFIED(true);

        private final boolean bad;

        Level(boolean bad) {
            this.bad = bad;
        }

        /** 差评 */
        public boolean bad() {
            return bad;
        }
    }

    public enum RaterRole {
        APPLICANT,
        /** the village agent who applied on the applicant's behalf */
        AGENT
    }
}

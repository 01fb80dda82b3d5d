package org.onewindow.contracts.rating;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.onewindow.contracts.CaseEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A step of a rectification (差评整改) was taken: verified (核实), rectified (整改), followed up (回访), closed (办结),
 * appealed (申诉) or the appeal decided. One event type with a {@code step} field stands for the seven the loop
 * could have had (RectificationVerified, Rectified, RectificationFollowedUp, RectificationClosed,
 * RectificationAppealed, AppealDecided); overdue steps are {@link RectificationOverdue}.
 *
 * @param status    where the rectification stands after the step
 * @param verdict   founded (VERIFIED), satisfied (FOLLOWED_UP) or upheld (APPEAL_DECIDED); absent for other steps
 * @param text      the reason, the measures taken or the follow-up note (personal data masked); absent on CLOSED
 * @param outcome   how it ended, when {@code status} is CLOSED
 * @param dueOn     the last working day to rectify (整改时限)
 * @param stepDueOn the last working day of the step it now waits in; absent once closed
 * @param actorRole the role of who took the step (SUPERVISOR for the rated department, MONITOR for a decision)
 */
@EventType(name = "rating.RectificationProgressed", version = 1, stream = Stream.RATING_RATINGS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RectificationProgressed(
        UUID rectificationId,
        UUID ratingId,
        String caseNumber,
        String implementingDepartment,
        Step step,
        Status status,
        @Nullable Boolean verdict,
        @Nullable String text,
        @Nullable Outcome outcome,
        LocalDate dueOn,
        @Nullable LocalDate stepDueOn,
        String actorRole,
        OffsetDateTime at) implements CaseEvent {

    public RectificationProgressed {
        EventFields.requireKey(caseNumber, "caseNumber");
    }

    public enum Step {
        VERIFIED,
        RECTIFIED,
        FOLLOWED_UP,
        CLOSED,
        APPEALED,
        APPEAL_DECIDED
    }

    public enum Status {
        OPEN,
        VERIFIED,
        RECTIFIED,
        FOLLOWED_UP,
        APPEALED,
        CLOSED
    }

    public enum Outcome {
        /** rectified and the applicant satisfied at the follow-up call */
        RECTIFIED,
        /** the complaint was found unfounded on verification */
        UNFOUNDED,
        /** a MONITOR upheld the department's appeal */
        APPEAL_UPHELD
    }
}

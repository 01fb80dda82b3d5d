package org.onewindow.contracts.rating;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.onewindow.contracts.CaseEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The step a rectification (差评整改) waits in passed its due date (电子监察 warning); raised once per step.
 *
 * @param status    the step that is overdue, as the rectification's status names it
 * @param stepDueOn the last working day of that step
 */
@EventType(name = "rating.RectificationOverdue", version = 1, stream = Stream.RATING_RATINGS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RectificationOverdue(
        UUID rectificationId,
        UUID ratingId,
        String caseNumber,
        String implementingDepartment,
        RectificationProgressed.Status status,
        LocalDate stepDueOn,
        OffsetDateTime detectedAt) implements CaseEvent {

    public RectificationOverdue {
        EventFields.requireKey(caseNumber, "caseNumber");
    }
}

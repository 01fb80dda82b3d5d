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
 * A bad rating was verified and rectification (差评整改) opened for the rated department.
 *
 * @param dueOn last working day for the rectification (15 working days by default)
 */
@EventType(name = "rating.RectificationOpened", version = 1, stream = Stream.RATING_RATINGS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RectificationOpened(
        UUID ratingId,
        String caseNumber,
        String implementingDepartment,
        LocalDate dueOn,
        OffsetDateTime openedAt) implements CaseEvent {

    public RectificationOpened {
        EventFields.requireKey(caseNumber, "caseNumber");
    }
}

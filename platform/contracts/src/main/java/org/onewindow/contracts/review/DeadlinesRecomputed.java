package org.onewindow.contracts.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.onewindow.contracts.CaseEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A calendar year was published (or corrected) and the stored deadlines of a case that counted days of that year
 * were computed again (Art. 82: working days, holidays excluded). Every field carries the value now in force, so a
 * consumer replaces what it showed.
 *
 * @param calendarYear         the year whose calendar caused it
 * @param promisedDeadline     the case's promised deadline now
 * @param statutoryDeadline    the case's statutory deadline now (extension included)
 * @param provisional          true while a deadline still counts days of another unpublished year
 * @param steps                the open department tasks' step deadlines now
 * @param licenceIssueDueBy    Art. 44: the day the licence must be issued by, for an approved case; else null
 */
@EventType(name = "review.DeadlinesRecomputed", version = 1, stream = Stream.REVIEW_CASES)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeadlinesRecomputed(
        String caseNumber,
        int calendarYear,
        LocalDate promisedDeadline,
        LocalDate statutoryDeadline,
        boolean provisional,
        List<Step> steps,
        @Nullable LocalDate licenceIssueDueBy,
        OffsetDateTime recomputedAt) implements CaseEvent {

    public DeadlinesRecomputed {
        EventFields.requireKey(caseNumber, "caseNumber");
        steps = EventFields.list(steps);
    }

    /** One open department task's step deadline. */
    public record Step(UUID taskId, String department, LocalDate deadline, boolean provisional) {
    }
}

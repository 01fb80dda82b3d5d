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
import org.onewindow.contracts.catalog.RouteMode;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Review opened exactly one case for an accepted application, with its department tasks and deadlines.
 *
 * @param promisedDeadline  last working day of the promised limit (承诺时限), before any pause
 * @param statutoryDeadline last working day of the statutory limit (法定时限), before any pause or extension
 * @param provisional       true when a deadline counts days of a year whose calendar is not published yet (counted
 *                          Monday to Friday); a {@code DeadlinesRecomputed} follows once it is. Null in events
 *                          written before it was added (read as false)
 */
@EventType(name = "review.ReviewCaseOpened", version = 1, stream = Stream.REVIEW_CASES)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReviewCaseOpened(
        String caseNumber,
        String itemCode,
        RouteMode mode,
        List<Task> tasks,
        LocalDate promisedDeadline,
        LocalDate statutoryDeadline,
        OffsetDateTime openedAt,
        @Nullable Boolean provisional) implements CaseEvent {

    /** The event as written before the provisional flag was added. */
    public ReviewCaseOpened(String caseNumber, String itemCode, RouteMode mode, List<Task> tasks,
                            LocalDate promisedDeadline, LocalDate statutoryDeadline, OffsetDateTime openedAt) {
        this(caseNumber, itemCode, mode, tasks, promisedDeadline, statutoryDeadline, openedAt, null);
    }

    public ReviewCaseOpened {
        EventFields.requireKey(caseNumber, "caseNumber");
        tasks = EventFields.list(tasks);
    }

    /**
     * One department's task.
     *
     * @param sequence 1-based position in a serial route; every task of a parallel route has sequence 1
     */
    public record Task(UUID taskId, String department, int sequence) {
    }
}

package org.onewindow.contracts.review;

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
 * A department finished its task (审核 then 核准).
 *
 * @param reasons   the opinion's reasons; at least one for {@link Opinion#REJECT}
 * @param checkerId who checked the reviewer's opinion (一审一核); differs from the reviewer; null when the
 *                  route does not require two-person review
 */
@EventType(name = "review.TaskCompleted", version = 1, stream = Stream.REVIEW_CASES)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskCompleted(
        String caseNumber,
        UUID taskId,
        String department,
        Opinion opinion,
        List<String> reasons,
        String reviewerId,
        @Nullable String checkerId,
        OffsetDateTime completedAt) implements CaseEvent {

    public TaskCompleted {
        EventFields.requireKey(caseNumber, "caseNumber");
        reasons = EventFields.list(reasons);
    }

    public enum Opinion {
        APPROVE,
        REJECT
    }
}

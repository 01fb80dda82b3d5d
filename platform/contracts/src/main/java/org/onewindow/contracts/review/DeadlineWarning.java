package org.onewindow.contracts.review;

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
 * 电子监察 time-limit warning for a case or one of its steps: 黄灯 one working day before the promised
 * limit, 红灯 past it.
 *
 * @param taskId     the late step; null when {@code scope} is {@link Scope#CASE}
 * @param department the late step's department; null when {@code scope} is {@link Scope#CASE}
 * @param deadline   the working day the warning is about
 */
@EventType(name = "review.DeadlineWarning", version = 1, stream = Stream.REVIEW_CASES)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeadlineWarning(
        String caseNumber,
        String itemCode,
        Level level,
        Scope scope,
        @Nullable UUID taskId,
        @Nullable String department,
        LocalDate deadline,
        OffsetDateTime raisedAt) implements CaseEvent {

    public DeadlineWarning {
        EventFields.requireKey(caseNumber, "caseNumber");
    }

    public enum Level {
        /** 黄灯: due within one working day */
        YELLOW,
        /** 红灯: overdue */
        RED
    }

    public enum Scope {
        CASE,
        STEP
    }
}

package org.onewindow.contracts.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.onewindow.contracts.CaseEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The clock of a case runs again after a pause (a special procedure of Art. 45 or a supplement request): the
 * deadlines moved by the working days paused, and intake's tracking shows the new ones.
 *
 * @param kind              read tolerantly: a kind this consumer does not know reads as null (“特别程序”)
 * @param workingDaysLost   working days in (pausedOn, resumedOn], not counted in the limits
 * @param legalBasis        e.g. 《中华人民共和国行政许可法》第四十五条; null for a supplement
 * @param promisedDeadline  the new promised deadline
 * @param statutoryDeadline the new statutory deadline
 * @param provisional       see {@link DeadlineExtended#provisional()}
 */
@EventType(name = "review.ProcedureResumed", version = 1, stream = Stream.REVIEW_CASES)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProcedureResumed(
        String caseNumber,
        UUID pauseId,
        @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) PauseKind kind,
        @Nullable String legalBasis,
        LocalDate pausedOn,
        LocalDate resumedOn,
        int workingDaysLost,
        LocalDate promisedDeadline,
        LocalDate statutoryDeadline,
        boolean provisional,
        OffsetDateTime resumedAt) implements CaseEvent {

    public ProcedureResumed {
        EventFields.requireKey(caseNumber, "caseNumber");
    }
}

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
 * A special procedure of Art. 45 行政许可法 (听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审) stopped the case's clock
 * from {@code pausedOn}; the time it needs is not counted and must be told to the applicant in writing. A supplement
 * request (补正) is announced as {@code SupplementRequested} instead.
 *
 * @param pauseId             the pause; {@code ProcedureResumed} names it again
 * @param kind                never SUPPLEMENT; read tolerantly: a kind this consumer does not know (a newer value)
 *                            reads as null, which consumers show as a special procedure in general (“特别程序”)
 * @param legalBasis          e.g. 《中华人民共和国行政许可法》第四十五条
 * @param expectedWorkingDays the time the procedure is expected to need, as told to the applicant; null when the
 *                            department did not estimate it
 */
@EventType(name = "review.ProcedurePaused", version = 1, stream = Stream.REVIEW_CASES)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProcedurePaused(
        String caseNumber,
        UUID pauseId,
        @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) PauseKind kind,
        String reason,
        String legalBasis,
        LocalDate pausedOn,
        @Nullable Integer expectedWorkingDays,
        String pausedBy,
        @Nullable String applicantUserId,
        OffsetDateTime pausedAt) implements CaseEvent {

    public ProcedurePaused {
        EventFields.requireKey(caseNumber, "caseNumber");
    }
}

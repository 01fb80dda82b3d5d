package org.onewindow.contracts.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.onewindow.contracts.CaseEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The statutory limit of a case was extended (延期, 行政许可法 第四十二条): the reason must be told to the applicant.
 * Only the statutory deadline moves; intake's tracking shows the new one with the reason and the legal basis.
 *
 * @param workingDays       working days added (at most 10, or 15 for joint handling)
 * @param legalBasis        the article the extension rests on, e.g. 《中华人民共和国行政许可法》第四十二条第一款
 * @param approvedRole      CHECKER (the agency head's stand-in) or GOVERNMENT_HEAD (joint handling)
 * @param promisedDeadline  the promised deadline, unchanged by an extension
 * @param statutoryDeadline the new statutory deadline
 * @param provisional       true when a deadline counts days of a year whose calendar is not published yet (counted
 *                          Monday to Friday); a {@code DeadlinesRecomputed} follows once it is
 */
@EventType(name = "review.DeadlineExtended", version = 1, stream = Stream.REVIEW_CASES)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeadlineExtended(
        String caseNumber,
        String itemCode,
        int workingDays,
        String reason,
        String legalBasis,
        String approvedBy,
        String approvedRole,
        LocalDate promisedDeadline,
        LocalDate statutoryDeadline,
        boolean provisional,
        @Nullable String applicantUserId,
        OffsetDateTime extendedAt) implements CaseEvent {

    public DeadlineExtended {
        EventFields.requireKey(caseNumber, "caseNumber");
    }
}

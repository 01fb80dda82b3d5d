package org.onewindow.contracts.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onewindow.contracts.CaseEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * 一次性告知: every missing or defective material listed at once, before acceptance (行政许可法 Art. 32).
 *
 * @param dueOn the day the applicant should supply them by
 * <p>{@code centreCode}, {@code implementingDepartment}, {@code applicantUserId} and {@code agentUserId} (added within
 * v1, optional: older producers leave them out) say who may rate this service experience (好差评 covers refusals
 * and notices too) and whom it is counted for.
 */
@EventType(name = "intake.OneTimeNoticeIssued", version = 1, stream = Stream.INTAKE_APPLICATIONS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OneTimeNoticeIssued(
        String caseNumber,
        String itemCode,
        List<MissingMaterial> missing,
        String issuedBy,
        OffsetDateTime issuedAt,
        LocalDate dueOn,
        @Nullable String centreCode,
        @Nullable String implementingDepartment,
        @Nullable String applicantUserId,
        @Nullable String agentUserId) implements CaseEvent {

    public OneTimeNoticeIssued {
        EventFields.requireKey(caseNumber, "caseNumber");
        missing = EventFields.list(missing);
    }

    /** As producers before the rating fields wrote it. */
    public OneTimeNoticeIssued(String caseNumber, String itemCode, List<MissingMaterial> missing, String issuedBy,
                               OffsetDateTime issuedAt, LocalDate dueOn) {
        this(caseNumber, itemCode, missing, issuedBy, issuedAt, dueOn, null, null, null, null);
    }

    public enum Problem {
        MISSING,
        /** present but incomplete, illegible, expired or in the wrong form */
        DEFECTIVE
    }

    /** @param materialCode the material's code in the item version */
    public record MissingMaterial(String materialCode, String name, Problem problem, @Nullable String note) {
    }
}

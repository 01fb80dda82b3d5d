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
 */
@EventType(name = "intake.OneTimeNoticeIssued", version = 1, stream = Stream.INTAKE_APPLICATIONS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OneTimeNoticeIssued(
        String caseNumber,
        String itemCode,
        List<MissingMaterial> missing,
        String issuedBy,
        OffsetDateTime issuedAt,
        LocalDate dueOn) implements CaseEvent {

    public OneTimeNoticeIssued {
        EventFields.requireKey(caseNumber, "caseNumber");
        missing = EventFields.list(missing);
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

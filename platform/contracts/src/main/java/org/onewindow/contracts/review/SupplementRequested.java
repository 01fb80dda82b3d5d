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
 * A review department asks the applicant for corrected or further materials (补正); the case clock pauses
 * until intake reports {@code intake.SupplementReceived} with the same {@code requestId}.
 */
@EventType(name = "review.SupplementRequested", version = 1, stream = Stream.REVIEW_CASES)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupplementRequested(
        String caseNumber,
        UUID requestId,
        UUID taskId,
        List<RequestedMaterial> materials,
        String requestedBy,
        OffsetDateTime requestedAt) implements CaseEvent {

    public SupplementRequested {
        EventFields.requireKey(caseNumber, "caseNumber");
        materials = EventFields.list(materials);
    }

    /** @param note what is wrong or what exactly is needed, as told to the applicant */
    public record RequestedMaterial(String code, String name, @Nullable String note) {
    }
}

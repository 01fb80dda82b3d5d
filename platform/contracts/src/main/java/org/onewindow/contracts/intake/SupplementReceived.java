package org.onewindow.contracts.intake;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.onewindow.contracts.CaseEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The applicant supplied the materials a review department asked for (补正); review resumes the paused clock.
 *
 * @param requestId  the {@code review.SupplementRequested} this answers
 * @param receivedBy user id of the clerk, or the applicant's own id when supplied online
 */
@EventType(name = "intake.SupplementReceived", version = 1, stream = Stream.INTAKE_APPLICATIONS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupplementReceived(
        String caseNumber,
        UUID requestId,
        List<SuppliedMaterial> materials,
        String receivedBy,
        OffsetDateTime receivedAt) implements CaseEvent {

    public SupplementReceived {
        EventFields.requireKey(caseNumber, "caseNumber");
        materials = EventFields.list(materials);
    }

    /** @param code the material's code in the item version */
    public record SuppliedMaterial(String code, String name) {
    }
}

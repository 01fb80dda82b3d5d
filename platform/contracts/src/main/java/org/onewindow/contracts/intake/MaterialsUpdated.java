package org.onewindow.contracts.intake;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.onewindow.contracts.CaseEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A document (one version of one material's file) was attached to a case, or pre-reviewed (预审) at the window.
 * References only: the file stays in intake's object store and is read through intake's API by those who may see
 * the case; no content, and no file name (names like "张三身份证.pdf" carry personal data).
 *
 * @param materialCode the material's code in the item version
 * @param documentId   the document (one version), as intake's API names it
 * @param version      1 for the first file of the material, +1 for each replacement
 * @param contentType  decided from the bytes, never from the name
 * @param sha256       lower-case hex SHA-256 of the content
 * @param sizeBytes    the content's length
 * @param status       UPLOADED (not pre-reviewed yet), ACCEPTED or DEFECTIVE
 */
@EventType(name = "intake.MaterialsUpdated", version = 1, stream = Stream.INTAKE_APPLICATIONS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MaterialsUpdated(
        String caseNumber,
        String materialCode,
        UUID documentId,
        int version,
        ContentType contentType,
        String sha256,
        long sizeBytes,
        Status status,
        OffsetDateTime updatedAt) implements CaseEvent {

    public MaterialsUpdated {
        EventFields.requireKey(caseNumber, "caseNumber");
        EventFields.requireKey(materialCode, "materialCode");
    }

    /** What the bytes are: PDF, JPEG, PNG or OFD (GB/T 33190 版式文档). */
    public enum ContentType {
        PDF, JPEG, PNG, OFD
    }

    /** Where the document stands in pre-review (预审). */
    public enum Status {
        UPLOADED, ACCEPTED, DEFECTIVE
    }
}

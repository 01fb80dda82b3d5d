package org.onewindow.contracts.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.onewindow.contracts.CaseEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The electronic licence (电子证照) of an approved case was issued: its PDF is in the object store. Published after
 * {@code DecisionMade}, once the document is stored (a store outage delays it, never the decision). Carries the
 * reference, never the content: intake registers the document on the case and serves it to the holder.
 *
 * @param documentKey the object's key in the suite's object store (review's prefix)
 * @param sha256      SHA-256 of the PDF's bytes, lower-case hex
 * @param sizeBytes   the PDF's size
 * @param contentType always {@code application/pdf}
 * @param fileName    a download name ({@code <licenceNumber>.pdf})
 */
@EventType(name = "review.LicenceIssued", version = 1, stream = Stream.REVIEW_CASES)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LicenceIssued(
        String caseNumber,
        String licenceNumber,
        String itemCode,
        LocalDate validFrom,
        LocalDate validUntil,
        String documentKey,
        String sha256,
        long sizeBytes,
        String contentType,
        String fileName,
        OffsetDateTime issuedAt) implements CaseEvent {

    public LicenceIssued {
        EventFields.requireKey(caseNumber, "caseNumber");
    }
}

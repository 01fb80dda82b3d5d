package org.onewindow.intake.applications;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.onewindow.contracts.review.SupplementRequested.RequestedMaterial;

/** An open 补正 request from a review department, answered through the supplements sub-resource. */
public record SupplementRequest(UUID requestId, List<RequestedMaterial> materials, OffsetDateTime requestedAt) {

    public SupplementRequest {
        materials = List.copyOf(materials);
    }
}

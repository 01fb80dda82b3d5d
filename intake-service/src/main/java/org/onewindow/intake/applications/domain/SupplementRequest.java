package org.onewindow.intake.applications.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An open 补正 request from a review department, answered through the supplements sub-resource. */
public record SupplementRequest(UUID requestId, List<RequestedMaterial> materials, OffsetDateTime requestedAt) {

    public SupplementRequest {
        materials = List.copyOf(materials);
    }
}

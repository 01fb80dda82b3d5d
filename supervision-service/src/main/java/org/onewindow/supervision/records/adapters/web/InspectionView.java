package org.onewindow.supervision.records.adapters.web;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.onewindow.supervision.records.domain.Inspection;
import org.onewindow.supervision.records.domain.InspectionResult;

/**
 * An inspection (检查) as the API shows it.
 *
 * @param role the role the inspector acted in (INSPECTOR or SUPERVISOR)
 */
public record InspectionView(UUID id, UUID recordId, InspectionResult result, String notes, String inspectedBy,
                             String role, OffsetDateTime inspectedAt) {

    static InspectionView of(Inspection i) {
        return new InspectionView(i.id(), i.recordId(), i.result(), i.notes(), i.inspectedBy().value(), i.role(),
                i.inspectedAt());
    }
}

package org.onewindow.supervision.records;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One inspection (检查) of a licence holder under a claimed record.
 *
 * @param role the role the inspector acted in (INSPECTOR or SUPERVISOR)
 */
public record Inspection(UUID id, UUID recordId, InspectionResult result, String notes, String inspectedBy,
                         String role, OffsetDateTime inspectedAt) {
}

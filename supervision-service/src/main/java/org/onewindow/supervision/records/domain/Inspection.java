package org.onewindow.supervision.records.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.onewindow.platform.kernel.UserId;

/**
 * One inspection (检查) of a licence holder under a claimed record.
 *
 * @param role the role the inspector acted in (INSPECTOR or SUPERVISOR)
 */
public record Inspection(UUID id, UUID recordId, InspectionResult result, String notes, UserId inspectedBy,
                         String role, OffsetDateTime inspectedAt) {
}

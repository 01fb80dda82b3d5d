package org.onewindow.supervision.records;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The finding of an inspection and free notes (no personal data beyond what the record already holds). */
public record InspectionRequest(@NotNull InspectionResult result, @Size(max = 4000) String notes) {
}

package org.onewindow.supervision.records.adapters.web;

import org.onewindow.platform.kernel.TextLimits;
import org.onewindow.supervision.records.domain.InspectionResult;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The finding of an inspection and free notes (no personal data beyond what the record already holds). */
public record InspectionRequest(@NotNull InspectionResult result, @Size(max = TextLimits.LONG_TEXT) String notes) {
}

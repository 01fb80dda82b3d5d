package org.onewindow.supervision.records;

import org.onewindow.platform.kernel.TextLimits;
import org.onewindow.contracts.supervision.LicenceActionTaken.Action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A follow-up finding: {@code RECTIFY} (责令整改), {@code SUSPEND} (暂扣) or {@code REVOKE} (撤销), with its reason.
 */
public record ActionRequest(@NotNull Action action, @NotBlank @Size(max = TextLimits.NOTE) String reason) {
}

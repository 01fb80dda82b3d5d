package org.onewindow.supervision.records.adapters.web;

import org.onewindow.platform.kernel.TextLimits;
import org.onewindow.supervision.records.domain.ActionType;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A follow-up finding: {@code RECTIFY} (责令整改), {@code SUSPEND} (暂扣) or {@code REVOKE} (撤销), with its reason.
 */
public record ActionRequest(@NotNull ActionType action, @NotBlank @Size(max = TextLimits.NOTE) String reason) {
}

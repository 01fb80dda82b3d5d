package org.onewindow.supervision.draws.adapters.web;

import jakarta.validation.constraints.Size;
import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

/**
 * A random inspection draw (双随机) for one department.
 *
 * @param inspectorPool the department's inspectors (执法检查人员名录) to draw from, by user id
 * @param seed          optional; a random one is chosen and recorded when absent
 */
public record DrawRequest(@NotBlank @Size(max = TextLimits.CODE) @SingleLine String department, @Min(1) int holdersCount,
                          @Min(2) int inspectorsCount,
                          @NotEmpty @Size(max = ListLimits.PARTICIPANTS)
                          List<@NotBlank @Size(max = TextLimits.CODE) @SingleLine String> inspectorPool, Long seed) {
}

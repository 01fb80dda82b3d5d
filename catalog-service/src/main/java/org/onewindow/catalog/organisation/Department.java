package org.onewindow.catalog.organisation;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;

/**
 * A department (部门) with its power list (权责清单): the item codes it holds the power for.
 */
public record Department(@Size(max = TextLimits.CODE) @SingleLine String code,
                         @Size(max = TextLimits.NAME) @SingleLine String name,
                         @Size(max = ListLimits.POWERS) List<@Size(max = TextLimits.CODE) @SingleLine String> powers) {

    public Department {
        powers = powers == null ? List.of() : List.copyOf(powers);
    }
}

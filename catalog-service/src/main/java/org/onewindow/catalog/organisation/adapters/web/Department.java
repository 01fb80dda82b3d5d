package org.onewindow.catalog.organisation.adapters.web;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;

/**
 * A department (部门) with its power list (权责清单), in the API's and the import file's form (with its input
 * limits); the domain's {@code Department} has the same fields.
 */
public record Department(@Size(max = TextLimits.CODE) @SingleLine String code,
                         @Size(max = TextLimits.NAME) @SingleLine String name,
                         @Size(max = ListLimits.POWERS) List<@Size(max = TextLimits.CODE) @SingleLine String> powers) {

    public Department {
        powers = powers == null ? List.of() : List.copyOf(powers);
    }

    public static Department of(org.onewindow.catalog.organisation.domain.Department d) {
        return new Department(d.code(), d.name(), d.powers());
    }

    public org.onewindow.catalog.organisation.domain.Department toDomain() {
        return new org.onewindow.catalog.organisation.domain.Department(code, name, powers);
    }
}

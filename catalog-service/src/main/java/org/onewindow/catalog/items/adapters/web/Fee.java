package org.onewindow.catalog.items.adapters.web;

import jakarta.validation.constraints.Size;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;
import java.math.BigDecimal;

/** A fee (收费项目) in yuan and the legal basis that allows charging it. */
public record Fee(@Size(max = TextLimits.NAME) @SingleLine String name, BigDecimal amount,
                  @Size(max = TextLimits.REASON) String legalBasis) {

    static Fee of(org.onewindow.catalog.items.domain.Fee f) {
        return new Fee(f.name(), f.amount(), f.legalBasis());
    }

    org.onewindow.catalog.items.domain.Fee toDomain() {
        return new org.onewindow.catalog.items.domain.Fee(name, amount, legalBasis);
    }
}

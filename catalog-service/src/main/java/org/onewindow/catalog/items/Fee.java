package org.onewindow.catalog.items;

import jakarta.validation.constraints.Size;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;
import java.math.BigDecimal;

/** A fee (收费项目) in yuan and the legal basis that allows charging it. */
public record Fee(@Size(max = TextLimits.NAME) @SingleLine String name, BigDecimal amount,
                  @Size(max = TextLimits.REASON) String legalBasis) {
}

package org.onewindow.catalog.items.domain;

import java.math.BigDecimal;

/** A fee (收费项目) in yuan and the legal basis that allows charging it. */
public record Fee(String name, BigDecimal amount,
                  String legalBasis) {
}

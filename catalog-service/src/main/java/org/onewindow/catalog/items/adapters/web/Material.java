package org.onewindow.catalog.items.adapters.web;

import jakarta.validation.constraints.Size;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;

/**
 * One material (申请材料) of an item: how many originals (原件) and copies (复印件), whether it may be
 * supplied after acceptance (容缺受理), and the blank form or sample (空白表格) if there is one.
 */
public record Material(@Size(max = TextLimits.CODE) @SingleLine String code,
                       @Size(max = TextLimits.NAME) @SingleLine String name, boolean required, int originalCount,
                       int copyCount, boolean deferrable, @Size(max = TextLimits.REFERENCE) @SingleLine String templateRef) {

    static Material of(org.onewindow.catalog.items.domain.Material m) {
        return new Material(m.code(), m.name(), m.required(), m.originalCount(), m.copyCount(), m.deferrable(),
                m.templateRef());
    }

    org.onewindow.catalog.items.domain.Material toDomain() {
        return new org.onewindow.catalog.items.domain.Material(code, name, required, originalCount, copyCount,
                deferrable, templateRef);
    }
}

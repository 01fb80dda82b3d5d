package org.onewindow.catalog.organisation;

import jakarta.validation.constraints.Size;

import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;

/** A service centre (政务服务中心 / 便民服务站) at one level; {@code parent} is null for the city centre. */
public record ServiceCentre(@Size(max = TextLimits.CODE) @SingleLine String code,
                            @Size(max = TextLimits.NAME) @SingleLine String name, Level level,
                            @Size(max = TextLimits.CODE) @SingleLine String parent) {
}

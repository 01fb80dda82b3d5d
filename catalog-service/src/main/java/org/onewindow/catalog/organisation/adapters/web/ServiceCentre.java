package org.onewindow.catalog.organisation.adapters.web;

import org.onewindow.catalog.organisation.domain.Level;

import jakarta.validation.constraints.Size;

import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;

/** A service centre (政务服务中心 / 便民服务站) in the API's and import file's form; {@code parent} is null for the city centre. */
public record ServiceCentre(@Size(max = TextLimits.CODE) @SingleLine String code,
                            @Size(max = TextLimits.NAME) @SingleLine String name, Level level,
                            @Size(max = TextLimits.CODE) @SingleLine String parent) {

    public static ServiceCentre of(org.onewindow.catalog.organisation.domain.ServiceCentre c) {
        return new ServiceCentre(c.code(), c.name(), c.level(), c.parent());
    }

    public org.onewindow.catalog.organisation.domain.ServiceCentre toDomain() {
        return new org.onewindow.catalog.organisation.domain.ServiceCentre(code, name, level, parent);
    }
}

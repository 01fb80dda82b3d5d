package org.onewindow.contracts.catalog;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The current state of a service centre (政务服务中心 / 便民服务站), in full; key {@code centre:<code>}.
 *
 * @param parentCode the centre one level up; null for a city centre
 * @param active     false once the centre is closed: it can no longer accept applications
 */
@EventType(name = "catalog.ServiceCentreChanged", version = 1, stream = Stream.CATALOG_ITEMS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceCentreChanged(
        String code,
        String name,
        CentreLevel level,
        @Nullable String parentCode,
        boolean active,
        OffsetDateTime changedAt) implements DomainEvent {

    public static final String KEY_PREFIX = "centre:";

    public ServiceCentreChanged {
        EventFields.requireKey(code, "code");
    }

    @Override
    public String subject() {
        return KEY_PREFIX + code;
    }
}

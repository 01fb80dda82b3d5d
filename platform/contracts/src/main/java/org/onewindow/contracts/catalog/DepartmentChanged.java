package org.onewindow.contracts.catalog;

import java.time.OffsetDateTime;
import java.util.List;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventFields;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The current state of a department, in full; key {@code department:<code>}.
 *
 * @param powers item codes the department holds under the power list (权责清单)
 */
@EventType(name = "catalog.DepartmentChanged", version = 1, stream = Stream.CATALOG_ITEMS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DepartmentChanged(
        String code,
        String name,
        List<String> powers,
        boolean active,
        OffsetDateTime changedAt) implements DomainEvent {

    public static final String KEY_PREFIX = "department:";

    public DepartmentChanged {
        EventFields.requireKey(code, "code");
        powers = EventFields.list(powers);
    }

    @Override
    public String subject() {
        return KEY_PREFIX + code;
    }
}

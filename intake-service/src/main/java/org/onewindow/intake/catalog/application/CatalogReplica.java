package org.onewindow.intake.catalog.application;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.onewindow.intake.catalog.domain.ItemVersion;
import org.onewindow.intake.catalog.domain.ServiceCentre;
import org.springframework.stereotype.Service;

/**
 * What intake knows of the catalog, from {@code catalog.items}; read locally at request time. A read model, not an
 * aggregate: it records no events and no audit lines (the catalog's own trail has them), so its consumer writes
 * through this use case and its store, keeping the newest version of each item and centre.
 */
@Service
public record CatalogReplica(CatalogStore store) {

    public void itemChanged(ItemVersion item, OffsetDateTime changedAt) {
        store.saveItem(item, changedAt);
    }

    public void centreChanged(ServiceCentre centre, OffsetDateTime changedAt) {
        store.saveCentre(centre, changedAt);
    }

    public Optional<ItemVersion> item(String itemCode) {
        return itemCode == null ? Optional.empty() : store.item(itemCode);
    }

    /** Every centre below {@code code} in the centre tree (children, their children...), by code. */
    public Map<String, ServiceCentre> centresBelow(String code) {
        return code == null ? Map.of() : store.centresBelow(code);
    }

    public Optional<ServiceCentre> centre(String code) {
        return code == null ? Optional.empty() : store.centre(code);
    }
}

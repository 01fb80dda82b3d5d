package org.onewindow.intake.catalog.application;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.onewindow.intake.catalog.domain.ItemVersion;
import org.onewindow.intake.catalog.domain.ServiceCentre;

/** The replica's tables. Saves keep the newer version, so replays and reordering are harmless. */
public interface CatalogStore {

    void saveItem(ItemVersion item, OffsetDateTime changedAt);

    Optional<ItemVersion> item(String itemCode);

    void saveCentre(ServiceCentre centre, OffsetDateTime changedAt);

    Optional<ServiceCentre> centre(String code);

    /** The centres below {@code code} at any depth, by code (a cycle in the replica ends the walk). */
    Map<String, ServiceCentre> centresBelow(String code);
}

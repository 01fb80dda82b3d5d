package org.onewindow.intake.catalog;

import java.util.Optional;

import org.onewindow.contracts.catalog.ItemVersionChanged;
import org.onewindow.contracts.catalog.ServiceCentreChanged;
import org.springframework.stereotype.Service;

/** What intake knows of the catalog, from {@code catalog.items}; read locally at request time. */
@Service
public class CatalogReplica {

    private final CatalogRepository repository;

    public CatalogReplica(CatalogRepository repository) {
        this.repository = repository;
    }

    public void received(ItemVersionChanged event) {
        repository.saveItem(ItemVersion.of(event), event.changedAt());
    }

    public void received(ServiceCentreChanged event) {
        repository.saveCentre(new ServiceCentre(event.code(), event.name(), event.level(), event.parentCode(), event.active()),
                event.changedAt());
    }

    public Optional<ItemVersion> item(String itemCode) {
        return itemCode == null ? Optional.empty() : repository.item(itemCode);
    }

    public Optional<ServiceCentre> centre(String code) {
        return code == null ? Optional.empty() : repository.centre(code);
    }
}

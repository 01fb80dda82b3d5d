package org.onewindow.intake.catalog.adapters.messaging;

import org.onewindow.contracts.catalog.ItemVersionChanged;
import org.onewindow.contracts.catalog.ServiceCentreChanged;
import org.onewindow.intake.catalog.application.CatalogReplica;
import org.onewindow.intake.catalog.domain.CentreLevel;
import org.onewindow.intake.catalog.domain.Channel;
import org.onewindow.intake.catalog.domain.Delegation;
import org.onewindow.intake.catalog.domain.DelegationMode;
import org.onewindow.intake.catalog.domain.ItemStatus;
import org.onewindow.intake.catalog.domain.ItemVersion;
import org.onewindow.intake.catalog.domain.Material;
import org.onewindow.intake.catalog.domain.Route;
import org.onewindow.intake.catalog.domain.RouteMode;
import org.onewindow.intake.catalog.domain.ServiceCentre;

/** Catalog's item versions and centres, read off their contracts into what intake keeps of them. */
public record CatalogEvents(CatalogReplica replica) {

    public void itemVersionChanged(ItemVersionChanged event) {
        replica.itemChanged(itemVersion(event), event.changedAt());
    }

    public void serviceCentreChanged(ServiceCentreChanged event) {
        replica.centreChanged(new ServiceCentre(event.code(), event.name(), CentreLevel.valueOf(event.level().name()),
                event.parentCode(), event.active()), event.changedAt());
    }

    /** What intake needs of one item version; an application keeps it for life. */
    static ItemVersion itemVersion(ItemVersionChanged event) {
        return new ItemVersion(event.itemCode(), event.version(), event.name(), ItemStatus.valueOf(event.status().name()),
                event.implementingDepartment(), event.supervisingDepartment(),
                event.delegations().stream().map(d -> new Delegation(CentreLevel.valueOf(d.level().name()),
                        DelegationMode.valueOf(d.mode().name()), d.centres())).toList(),
                event.materials().stream().map(m -> new Material(m.code(), m.name(), m.required(), m.originalCount(),
                        m.copyCount(), m.deferrable(), m.templateRef())).toList(),
                event.promisedLimitDays(), event.statutoryLimitDays(), event.immediate(),
                event.route() == null ? null : new Route(RouteMode.valueOf(event.route().mode().name()),
                        event.route().twoPersonReview(), event.route().departments()),
                event.channels().stream().map(c -> Channel.valueOf(c.name())).toList());
    }
}

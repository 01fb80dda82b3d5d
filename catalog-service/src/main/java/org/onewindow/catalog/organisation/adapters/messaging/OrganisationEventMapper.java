package org.onewindow.catalog.organisation.adapters.messaging;

import java.time.ZoneOffset;
import java.util.List;

import org.onewindow.catalog.organisation.domain.Department;
import org.onewindow.catalog.organisation.domain.OrganisationEvent;
import org.onewindow.catalog.organisation.domain.ServiceCentre;
import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.catalog.CentreLevel;
import org.onewindow.contracts.catalog.DepartmentChanged;
import org.onewindow.contracts.catalog.ServiceCentreChanged;
import org.onewindow.platform.commands.ContractMapper;

/** A saved department or centre → its full-state event on the compacted {@code catalog.items} stream. */
public final class OrganisationEventMapper implements ContractMapper<OrganisationEvent> {

    @Override
    public List<DomainEvent> toContracts(OrganisationEvent event) {
        return switch (event) {
            case OrganisationEvent.DepartmentSaved(Department d, var at) -> List.of(new DepartmentChanged(d.code(),
                    d.name(), d.powers(), true, at.atOffset(ZoneOffset.UTC)));
            case OrganisationEvent.CentreSaved(ServiceCentre c, var at) -> List.of(new ServiceCentreChanged(c.code(),
                    c.name(), CentreLevel.valueOf(c.level().name()), c.parent(), true, at.atOffset(ZoneOffset.UTC)));
        };
    }
}

package org.onewindow.monitor.alerts.adapters.messaging;

import java.time.OffsetDateTime;
import java.util.List;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.monitor.AlertRaised;
import org.onewindow.monitor.alerts.domain.Alert;
import org.onewindow.monitor.alerts.domain.AlertEvent;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.commands.ContractMapper;

/** Only raising is published ({@code monitor.AlertRaised.v1}); acknowledging and resolving stay in monitor's trail. */
public class AlertContracts implements ContractMapper<AlertEvent> {

    @Override
    public List<DomainEvent> toContracts(AlertEvent event) {
        if (!(event instanceof AlertEvent.Raised(Alert a))) {
            return List.of();
        }
        return List.of(new AlertRaised(a.id(), a.rule().name(), a.rule().source(), a.caseNumber(), a.department(),
                a.centreCode(), a.itemCode(), a.detail(), OffsetDateTime.ofInstant(a.raisedAt(), ChinaTime.ZONE)));
    }
}

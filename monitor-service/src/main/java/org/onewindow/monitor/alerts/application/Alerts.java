package org.onewindow.monitor.alerts.application;

import java.util.Optional;
import java.util.UUID;

import org.onewindow.monitor.alerts.domain.Alert;
import org.onewindow.monitor.alerts.domain.AlertStatus;
import org.onewindow.monitor.alerts.domain.Rule;
import org.onewindow.platform.commands.AggregateStore;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;

/** The stored alerts: the command path's store plus the reads of the REST API. */
public interface Alerts extends AggregateStore<UUID, Alert> {

    Optional<Alert> find(UUID id);

    boolean exists(UUID id);

    /** Newest first (then by id); each filter null for all. */
    PageResult<Alert> list(AlertStatus status, Rule rule, String department, PageQuery page);
}

package org.onewindow.monitor.alerts.adapters.web;

import java.util.UUID;

import org.onewindow.monitor.alerts.application.AlertService;
import org.onewindow.monitor.alerts.domain.Alert;
import org.onewindow.monitor.alerts.domain.AlertStatus;
import org.onewindow.monitor.alerts.domain.Rule;
import org.onewindow.platform.kernel.TextLimits;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.web.etags.ETags;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Size;

/**
 * 电子监察 alerts: listed newest first, read one, acknowledge (已阅) and resolve (办结) them; for the MONITOR role.
 * Acknowledge and resolve take an optional {@code If-Match}; repeating one is harmless.
 */
@RestController
@Validated
@RequestMapping("/api/monitor/v1/alerts")
public class AlertController {

    private final AlertService alerts;
    private final CurrentActor currentActor;

    public AlertController(AlertService alerts, CurrentActor currentActor) {
        this.alerts = alerts;
        this.currentActor = currentActor;
    }

    @GetMapping
    public PageResult<AlertView> list(@RequestParam(required = false) AlertStatus status,
                                      @RequestParam(required = false) Rule rule,
                                      @RequestParam(required = false) @Size(max = TextLimits.CODE) String department,
                                      PageQuery page) {
        return alerts.list(status, rule, department, page).map(AlertView::of);
    }

    @GetMapping("/{alertId}")
    public ResponseEntity<AlertView> get(@PathVariable UUID alertId) {
        return view(alerts.find(alertId));
    }

    @PostMapping("/{alertId}/acknowledgement")
    public ResponseEntity<AlertView> acknowledge(@PathVariable UUID alertId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return view(alerts.acknowledge(alertId, currentActor.current(), ifMatch));
    }

    @PostMapping("/{alertId}/resolution")
    public ResponseEntity<AlertView> resolve(@PathVariable UUID alertId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return view(alerts.resolve(alertId, currentActor.current(), ifMatch));
    }

    private static ResponseEntity<AlertView> view(Alert alert) {
        return ResponseEntity.ok().eTag(ETags.of(alert.version())).body(AlertView.of(alert));
    }
}

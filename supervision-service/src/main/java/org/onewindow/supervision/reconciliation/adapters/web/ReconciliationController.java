package org.onewindow.supervision.reconciliation.adapters.web;

import org.onewindow.supervision.reconciliation.application.Reconciliation;
import org.onewindow.supervision.reconciliation.application.ReconciliationReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/supervision/v1/reconciliation}: the invariant-2 report (at most 1000 cases per list). */
@RestController
public record ReconciliationController(Reconciliation reconciliation) {

    @GetMapping("/api/supervision/v1/reconciliation")
    public ReconciliationReport report() {
        return reconciliation.report();
    }
}

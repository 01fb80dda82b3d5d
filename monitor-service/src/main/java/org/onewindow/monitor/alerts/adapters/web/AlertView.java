package org.onewindow.monitor.alerts.adapters.web;

import java.time.OffsetDateTime;
import java.time.Instant;
import java.util.UUID;

import org.onewindow.monitor.alerts.domain.Alert;
import org.onewindow.monitor.alerts.domain.AlertStatus;
import org.onewindow.platform.clock.ChinaTime;

/** An alert as the REST API shows it, with its rule's titles (zh, en) and source. */
public record AlertView(UUID alertId, String rule, String ruleTitleZh, String ruleTitleEn, String source,
                        String caseNumber, String department, String centreCode, String itemCode, String detail,
                        AlertStatus status, OffsetDateTime raisedAt, OffsetDateTime acknowledgedAt,
                        String acknowledgedBy, OffsetDateTime resolvedAt, String resolvedBy, long version) {

    static AlertView of(Alert a) {
        return new AlertView(a.id(), a.rule().name(), a.rule().titleZh(), a.rule().titleEn(), a.rule().source(),
                a.caseNumber(), a.department(), a.centreCode(), a.itemCode(), a.detail(), a.status(),
                at(a.raisedAt()), at(a.acknowledgedAt()), a.acknowledgedBy(), at(a.resolvedAt()), a.resolvedBy(),
                a.version());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ChinaTime.ZONE);
    }
}

package org.onewindow.supervision.records.adapters.web;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.onewindow.supervision.records.domain.ActionType;
import org.onewindow.supervision.records.domain.LicenceAction;

/** A licence action (责令整改, 暂扣, 撤销) as the API shows it. */
public record LicenceActionView(UUID id, UUID recordId, ActionType action, String reason, String takenBy,
                                OffsetDateTime takenAt) {

    static LicenceActionView of(LicenceAction a) {
        return new LicenceActionView(a.id(), a.recordId(), a.action(), a.reason(), a.takenBy().value(), a.takenAt());
    }
}

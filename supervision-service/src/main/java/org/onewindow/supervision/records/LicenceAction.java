package org.onewindow.supervision.records;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.onewindow.contracts.supervision.LicenceActionTaken.Action;

/** A follow-up finding on the licence (责令整改, 暂扣, 撤销), taken by a supervisor of the record's department. */
public record LicenceAction(UUID id, UUID recordId, Action action, String reason, String takenBy,
                            OffsetDateTime takenAt) {
}

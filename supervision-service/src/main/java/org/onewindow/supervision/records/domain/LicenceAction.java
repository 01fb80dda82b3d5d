package org.onewindow.supervision.records.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.onewindow.platform.kernel.UserId;

/** A follow-up finding on the licence (责令整改, 暂扣, 撤销), taken by a supervisor of the record's department. */
public record LicenceAction(UUID id, UUID recordId, ActionType action, String reason, UserId takenBy,
                            OffsetDateTime takenAt) {
}

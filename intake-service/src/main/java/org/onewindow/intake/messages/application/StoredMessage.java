package org.onewindow.intake.messages.application;

import java.time.OffsetDateTime;

import org.onewindow.intake.messages.domain.MessageKind;

/**
 * A message in the box, as read back.
 *
 * @param messageId the key it was told under (the consumed event's id and the kind, or the case, the step and the
 *                  version for intake's own steps): telling it again changes nothing
 * @param readAt    null while unread
 */
public record StoredMessage(String messageId, String caseNumber, String applicantUserId, String agentUserId,
                            MessageKind kind, String title, String body, String legalBasis, OffsetDateTime createdAt,
                            OffsetDateTime readAt) {
}

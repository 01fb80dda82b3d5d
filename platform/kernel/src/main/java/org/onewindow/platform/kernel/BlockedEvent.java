package org.onewindow.platform.kernel;

import java.time.Instant;

/**
 * An event about a case (or other key) that a service's consumers dead-lettered and no operator has resolved
 * yet: the case is stuck until it is replayed after a fix or discarded. Shown as {@code blockedBy} on the case.
 *
 * @param eventId {@code ce_id}; null when the record had none (a malformed record)
 * @param type    {@code ce_type}; null when the record had none
 * @param reason  why it was dead-lettered (masked, shortened)
 * @param since   when it was dead-lettered
 */
public record BlockedEvent(String eventId, String type, String reason, Instant since) {
}

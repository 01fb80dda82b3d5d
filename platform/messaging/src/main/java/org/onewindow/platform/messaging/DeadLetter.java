package org.onewindow.platform.messaging;

import java.time.Instant;

/**
 * A record waiting in a dead-letter topic, as ops see it; {@code key} (the case number), {@code error} and
 * {@code payload} are masked (resident IDs, phone numbers).
 */
public record DeadLetter(String group, String topic, int partition, long offset, String key, Instant timestamp, String ceId,
                         String ceType, String originalTopic, Integer originalPartition, Long originalOffset,
                         String error, String payload) {
}

package org.onewindow.platform.messaging;

import java.util.List;

import org.onewindow.platform.kernel.BlockedEvent;

/**
 * Which unresolved dead letters hold up a key (a case number, an item code): a service adds them to the GET of
 * the case as {@code blockedBy}, so a dead-lettered event leaves its case visibly blocked, never silently stuck.
 */
public interface BlockedEvents {

    /** Answers an empty list everywhere: for services without consumers. */
    BlockedEvents NONE = key -> List.of();

    /** The unresolved dead letters of every consumer group of this service whose record key is {@code key}, oldest first. */
    List<BlockedEvent> blocking(String key);
}

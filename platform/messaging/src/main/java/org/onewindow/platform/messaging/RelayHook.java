package org.onewindow.platform.messaging;

import java.util.List;

/**
 * Test seam of the {@link OutboxRelay}: called after the broker acknowledged a batch and before the rows are
 * marked published. Throwing here simulates a relay that dies between the two steps; the rows stay
 * unpublished and are sent again (consumers' inboxes absorb the duplicate).
 */
@FunctionalInterface
public interface RelayHook {

    void acknowledged(List<Long> outboxIds);

    RelayHook NONE = ids -> {
    };
}

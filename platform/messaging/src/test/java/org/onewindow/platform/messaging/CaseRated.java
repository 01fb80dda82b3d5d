package org.onewindow.platform.messaging;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

/** Test event of the second subscription (its own DLT), used by the replay test. */
@EventType(name = "test.CaseRated", version = 1, stream = Stream.RATING_RATINGS)
record CaseRated(String caseNumber) implements DomainEvent {

    @Override
    public String subject() {
        return caseNumber;
    }
}

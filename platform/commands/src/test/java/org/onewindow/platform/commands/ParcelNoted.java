package org.onewindow.platform.commands;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

/** The test's contract event. */
@EventType(name = "test.ParcelNoted", version = 1, stream = Stream.REVIEW_CASES)
record ParcelNoted(String parcelId, String what) implements DomainEvent {

    @Override
    public String subject() {
        return parcelId;
    }
}

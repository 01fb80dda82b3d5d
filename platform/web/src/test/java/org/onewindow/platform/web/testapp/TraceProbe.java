package org.onewindow.platform.web.testapp;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

/** Published by {@link TracedController} while it handles a request. */
@EventType(name = "test.TraceProbe", version = 1, stream = Stream.REVIEW_CASES)
public record TraceProbe(String caseNumber) implements DomainEvent {

    @Override
    public String subject() {
        return caseNumber;
    }
}

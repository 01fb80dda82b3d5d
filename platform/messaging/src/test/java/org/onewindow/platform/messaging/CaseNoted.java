package org.onewindow.platform.messaging;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

/** Test event; {@code behaviour} tells the test handler to succeed ("ok"), always fail ("fail"), or fail until released. */
@EventType(name = "test.CaseNoted", version = 1, stream = Stream.REVIEW_CASES)
record CaseNoted(String caseNumber, int sequence, String behaviour) implements DomainEvent {

    @Override
    public String subject() {
        return caseNumber;
    }
}

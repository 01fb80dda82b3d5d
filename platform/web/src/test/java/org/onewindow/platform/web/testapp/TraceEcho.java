package org.onewindow.platform.web.testapp;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.Stream;

/** Published by {@link TraceProbeHandler} while it handles a {@link TraceProbe}: the trace must carry on. */
@EventType(name = "test.TraceEcho", version = 1, stream = Stream.SUPERVISION_RECORDS)
public record TraceEcho(String caseNumber) implements DomainEvent {

    @Override
    public String subject() {
        return caseNumber;
    }
}

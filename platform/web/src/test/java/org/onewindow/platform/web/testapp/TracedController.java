package org.onewindow.platform.web.testapp;

import org.onewindow.platform.messaging.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Logs and publishes an event in one request, so a test can follow the request's trace through Kafka. */
@RestController
public class TracedController {

    private static final Logger log = LoggerFactory.getLogger(TracedController.class);

    private final EventPublisher events;

    public TracedController(EventPublisher events) {
        this.events = events;
    }

    @PostMapping("/traced/{caseNumber}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Transactional
    public void probe(@PathVariable String caseNumber) {
        log.info("probing trace of {}", caseNumber);
        events.publish(new TraceProbe(caseNumber));
    }
}

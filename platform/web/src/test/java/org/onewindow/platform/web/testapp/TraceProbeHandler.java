package org.onewindow.platform.web.testapp;

import org.onewindow.platform.messaging.EventPublisher;
import org.onewindow.platform.messaging.EventSubscription;
import org.onewindow.platform.messaging.IncomingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Consumes {@link TraceProbe}, logs, and publishes a {@link TraceEcho} from inside the handler. */
@Configuration(proxyBeanMethods = false)
public class TraceProbeHandler {

    private static final Logger log = LoggerFactory.getLogger(TraceProbeHandler.class);

    @Bean
    EventSubscription traceProbes(EventPublisher events) {
        return EventSubscription.forGroup("trace-probes")
                .on(TraceProbe.class, (TraceProbe probe, IncomingEvent<TraceProbe> meta) -> {
                    log.info("handling trace probe {}", probe.caseNumber());
                    events.publish(new TraceEcho(probe.caseNumber()));
                })
                .build();
    }
}

package org.onewindow.invariants;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onewindow.contracts.Stream;

/**
 * The one invariant checker of the suite: reads the case streams from the beginning, asks the services (as the
 * MONITOR) what the events cannot tell, and reports every violation of DESIGN.md §4 with its case number. Used by
 * the command line ({@link InvariantsCli}, also as an HTTP endpoint), by the chaos run, and by tests.
 *
 * @param bootstrapServers the broker
 * @param topics           topic per stream (configuration, as {@code onewindow.topics.<stream-id>} in the services)
 * @param gateway          the gateway, or null to check the events only
 * @param token            a MONITOR bearer token, or null to ask the gateway's development issuer for one
 * @param grace            effects whose cause is younger than this are not yet reported missing
 * @param apiConcurrency   API calls in flight at once
 * @param readTimeout      how long reading the topics may take
 */
public record Invariants(String bootstrapServers, Map<Stream, String> topics, @Nullable URI gateway,
                         @Nullable String token, Duration grace, int apiConcurrency, Duration readTimeout) {

    /** The streams a case lives on; the catalog streams carry no case. */
    static final EnumSet<Stream> CASE_STREAMS = EnumSet.of(Stream.INTAKE_APPLICATIONS, Stream.REVIEW_CASES,
            Stream.SUPERVISION_RECORDS, Stream.RATING_RATINGS);

    public Invariants {
        topics = Map.copyOf(topics);
    }

    /** Default topics, the demo MONITOR user, a grace of one minute, four API calls at once. */
    public static Invariants of(String bootstrapServers, @Nullable URI gateway) {
        return new Invariants(bootstrapServers, EventLog.topicNames(Map.of()), gateway, null, Duration.ofMinutes(1), 4,
                Duration.ofMinutes(5));
    }

    public Invariants withGrace(Duration value) {
        return new Invariants(bootstrapServers, topics, gateway, token, value, apiConcurrency, readTimeout);
    }

    public Invariants withTopics(Map<Stream, String> value) {
        return new Invariants(bootstrapServers, value, gateway, token, grace, apiConcurrency, readTimeout);
    }

    public Invariants withToken(@Nullable String value) {
        return new Invariants(bootstrapServers, topics, gateway, value, grace, apiConcurrency, readTimeout);
    }

    public Invariants withApiConcurrency(int value) {
        return new Invariants(bootstrapServers, topics, gateway, token, grace, value, readTimeout);
    }

    public InvariantReport check() {
        Instant checkedAt = Instant.now();
        EventLog.Snapshot snapshot = new EventLog(bootstrapServers, topics, readTimeout).read(CASE_STREAMS);
        MonitorApi api = gateway == null ? MonitorApi.NONE : new GatewayMonitorApi(gateway, token, "monitor");
        return new InvariantChecker(api, grace, apiConcurrency).check(snapshot, checkedAt);
    }

    /** As {@link #check()} with another API (a fake in tests). */
    public InvariantReport check(MonitorApi api) {
        Instant checkedAt = Instant.now();
        EventLog.Snapshot snapshot = new EventLog(bootstrapServers, topics, readTimeout).read(CASE_STREAMS);
        return new InvariantChecker(api, grace, apiConcurrency).check(snapshot, checkedAt);
    }
}

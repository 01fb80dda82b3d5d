package org.onewindow.platform.messaging;

import java.security.Principal;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.onewindow.contracts.EventTypes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The parked-row tests share one context of their own: its outbox is theirs, so the parked and held gauges count
 * only their rows. Each test leaves nothing parked (whatever a failed test left is discarded after it).
 */
@AutoConfigureMockMvc
@TestPropertySource(properties = {
        "management.endpoints.web.exposure.include=outbox",
        "onewindow.messaging.relay.backoff-max=500ms"})
abstract class ParkingIntegrationTest extends MessagingIntegrationTest {

    /** Larger than EventLimits.MAX_EVENT_BYTES and than the broker's 1 MiB. */
    static final int TOO_LARGE = 1_100_000;

    @Autowired
    OutboxOperations operations;
    @Autowired
    OutboxEndpoint endpoint;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MeterRegistry meters;

    @AfterEach
    void discardWhatIsStillParked() {
        operations.parked(1000).forEach(row ->
                operations.resolve(row.id(), OutboxOperations.Action.DISCARD, "test cleanup", "test"));
    }

    /** Writes a CaseNoted row straight into the outbox, past the publisher's size check; returns its id. */
    long insertNoted(String topic, String caseNumber, int sequence, String behaviour) {
        String payload = "{\"caseNumber\":\"%s\",\"sequence\":%d,\"behaviour\":\"%s\"}"
                .formatted(caseNumber, sequence, behaviour);
        return jdbc.sql("""
                        insert into outbox (event_id, topic, key, ce_type, ce_subject, ce_time, payload)
                        values (gen_random_uuid(), ?, ?, ?, ?, now(), ?) returning id""")
                .params(topic, caseNumber, EventTypes.ceType(CaseNoted.class), caseNumber, payload)
                .query(Long.class).single();
    }

    /** Runs the inserts in one transaction: the relay sees the rows together, in one round. */
    <T> T inOneTransaction(Supplier<T> inserts) {
        return transactions.execute(status -> inserts.get());
    }

    String state(long id) {
        return operations.state(id).orElse("missing");
    }

    double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    static SecurityContext principal(String name) {
        Principal principal = () -> name;
        return new SecurityContext() {
            @Override
            public Principal getPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }
        };
    }
}

package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Uses the "ratings" subscription, whose DLT only this test writes to. */
class DeadLetterReplayTest extends MessagingIntegrationTest {

    @Autowired
    MeterRegistry meters;
    @Autowired
    DeadLettersEndpoint endpoint;

    private double depthGauge() {
        return meters.get("onewindow.dlt.depth").tag("group", "ratings").gauge().value();
    }

    @Test
    void depthGaugeCountsDeadLettersAndReplayBringsThemBack() {
        String first = newCase("RATED-1");
        String second = newCase("RATED-2");

        cases.rate(first);
        cases.rate(second);

        await().atMost(WAIT).until(() -> depthGauge() == 2);
        var listed = endpoint.group("ratings");
        assertThat(listed.depth()).isEqualTo(2);
        assertThat(listed.records()).extracting(DeadLetter::ceType).containsOnly("org.onewindow.test.CaseRated.v1");
        assertThat(listed.records()).extracting(DeadLetter::error).allSatisfy(error -> assertThat(error).contains("not yet released"));
        assertThat(effects.count(first) + effects.count(second)).isZero();

        effects.released.add(first);
        effects.released.add(second);
        var result = endpoint.replay("ratings");

        assertThat(result.replayed()).isEqualTo(2);
        await().atMost(WAIT).until(() -> effects.count(first) == 1 && effects.count(second) == 1);
        assertThat(depthGauge()).isZero();
        assertThat(endpoint.group("ratings").records()).isEmpty();
    }
}

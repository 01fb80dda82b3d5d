package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** An outage of many rounds is two log lines: when it starts and when it clears. */
@ExtendWith(OutputCaptureExtension.class)
class RelayOutageTest {

    @Test
    void an_outage_is_logged_when_it_starts_and_when_it_clears_not_every_round(CapturedOutput output) {
        RelayOutage outage = new RelayOutage(LoggerFactory.getLogger("outage-test"));

        assertThat(outage.failed("TimeoutException: broker away", Duration.ofSeconds(10))).isEqualTo(1);
        for (int round = 2; round <= 20; round++) {
            assertThat(outage.failed("TimeoutException: still away " + round, Duration.ofSeconds(10))).isEqualTo(round);
        }
        assertThat(outage.state().rounds()).isEqualTo(20);
        assertThat(outage.state().firstReason()).isEqualTo("TimeoutException: broker away");
        assertThat(outage.state().lastReason()).isEqualTo("TimeoutException: still away 20");
        outage.cleared();
        outage.cleared();

        assertThat(outage.state()).isNull();
        assertThat(output.getAll().lines().filter(line -> line.contains("outage-test"))).hasSize(2);
        assertThat(output.getAll()).contains("cannot publish").contains("broker away")
                .contains("recovered").contains("20 failed rounds");
    }
}

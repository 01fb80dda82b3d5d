package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.SecurityContext;

/** Uses the "ratings" subscription, whose DLT only this test writes to. */
class DeadLetterReplayTest extends MessagingIntegrationTest {

    @Autowired
    MeterRegistry meters;
    @Autowired
    DeadLettersEndpoint endpoint;
    @Autowired
    BlockedEvents blockedEvents;

    private double gauge(String name) {
        return meters.get(name).tag("group", "ratings").gauge().value();
    }

    @Test
    void dead_letters_block_their_cases_until_replayed_or_discarded() {
        String first = newCase("RATED-1");
        String second = newCase("RATED-2");
        String third = newCase("RATED-3");

        cases.rate(first);
        cases.rate(second);
        cases.rate(third);

        await().atMost(WAIT).until(() -> gauge("onewindow.dlt.depth") == 3 && gauge("onewindow.dlt.unresolved") == 3);
        var listed = endpoint.group("ratings");
        assertThat(listed.depth()).isEqualTo(3);
        assertThat(listed.unresolved()).isEqualTo(3);
        assertThat(listed.blocking()).extracting(DeadLetterLog.Unresolved::key).containsExactlyInAnyOrder(first, second, third);
        assertThat(listed.records()).extracting(DeadLetter::key).containsExactlyInAnyOrder(first, second, third);
        assertThat(listed.records()).extracting(DeadLetter::ceType).containsOnly("org.onewindow.test.CaseRated.v1");
        assertThat(listed.records()).extracting(DeadLetter::error).allSatisfy(error -> assertThat(error).contains("not yet released"));
        assertThat(blockedEvents.blocking(first)).singleElement()
                .satisfies(blocked -> assertThat(blocked.reason()).contains("not yet released: " + first));
        assertThat(effects.count(first) + effects.count(second) + effects.count(third)).isZero();

        // the third is discarded: a reason is mandatory, and who and when are recorded
        long thirdId = listed.blocking().stream().filter(letter -> letter.key().equals(third)).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> endpoint.discard("ratings", thirdId, " ", SecurityContext.NONE))
                .isInstanceOf(InvalidEndpointRequestException.class);
        assertThatThrownBy(() -> endpoint.discard("ratings", -1, "no such letter", SecurityContext.NONE))
                .isInstanceOf(InvalidEndpointRequestException.class);
        var discarded = endpoint.discard("ratings", thirdId, "rating of a withdrawn case", SecurityContext.NONE);
        assertThat(discarded.by()).isEqualTo("ops");
        assertThat(blockedEvents.blocking(third)).isEmpty();
        Map<String, Object> row = jdbc.sql("""
                        select resolution, resolved_by, resolution_reason, resolved_at is not null as resolved
                        from dead_letter where id = ?""").param(thirdId).query().singleRow();
        assertThat(row).containsEntry("resolution", "DISCARDED").containsEntry("resolved_by", "ops")
                .containsEntry("resolution_reason", "rating of a withdrawn case").containsEntry("resolved", true);
        assertThatThrownBy(() -> endpoint.discard("ratings", thirdId, "twice", SecurityContext.NONE))
                .isInstanceOf(InvalidEndpointRequestException.class);

        // after the fix, a replay republishes the others, never the discarded one, and resolves them
        effects.released.add(first);
        effects.released.add(second);
        effects.released.add(third);
        var result = endpoint.replay("ratings", SecurityContext.NONE);

        assertThat(result.replayed()).isEqualTo(2);
        await().atMost(WAIT).until(() -> effects.count(first) == 1 && effects.count(second) == 1);
        assertThat(gauge("onewindow.dlt.depth")).isZero();
        assertThat(gauge("onewindow.dlt.unresolved")).isZero();
        assertThat(endpoint.group("ratings").records()).isEmpty();
        assertThat(endpoint.group("ratings").blocking()).isEmpty();
        assertThat(blockedEvents.blocking(first)).isEmpty();
        assertThat(blockedEvents.blocking(second)).isEmpty();
        assertThat(jdbc.sql("select count(*) from dead_letter where consumer_group = 'ratings' and resolution = 'REPLAYED'")
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(effects.count(third)).isZero();
    }
}

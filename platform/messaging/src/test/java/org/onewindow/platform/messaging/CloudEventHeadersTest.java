package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.platform.test.KafkaTestSupport;

class CloudEventHeadersTest {

    private static final CloudEventHeaders.Envelope ENVELOPE = new CloudEventHeaders.Envelope("id-1",
            "org.onewindow.review.DecisionMade.v1", "/onewindow/review-service", "C-1",
            OffsetDateTime.parse("2025-03-04T10:15:30+08:00"), null);

    @Test
    void written_headers_read_back_to_the_same_envelope() {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.write(headers, ENVELOPE);

        assertThat(CloudEventHeaders.read(headers)).isEqualTo(ENVELOPE);
        assertThat(CloudEventHeaders.text(headers, "content-type")).isEqualTo("application/json");
        assertThat(headers.lastHeader("traceparent")).isNull();
    }

    @Test
    void missing_id_is_malformed_and_names_the_header() {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.write(headers, ENVELOPE);
        headers.remove("ce_id");

        assertThatThrownBy(() -> CloudEventHeaders.read(headers)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ce_id");
    }

    @Test
    void other_spec_version_or_bad_time_is_malformed() {
        RecordHeaders wrongVersion = new RecordHeaders();
        CloudEventHeaders.write(wrongVersion, ENVELOPE);
        wrongVersion.remove("ce_specversion");
        wrongVersion.add("ce_specversion", "0.3".getBytes(StandardCharsets.UTF_8));
        RecordHeaders badTime = new RecordHeaders();
        CloudEventHeaders.write(badTime, ENVELOPE);
        badTime.remove("ce_time");
        badTime.add("ce_time", "yesterday".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CloudEventHeaders.read(wrongVersion)).hasMessageContaining("ce_specversion");
        assertThatThrownBy(() -> CloudEventHeaders.read(badTime)).hasMessageContaining("ce_time");
    }

    /** Test-support writes these headers itself (it cannot depend on this module): they must read as the relay's. */
    @Test
    void the_headers_tests_publish_read_as_the_relays_envelope() {
        RecordHeaders headers = new RecordHeaders();
        KafkaTestSupport.cloudEventHeaders("id-2", DecisionMade.class, "C-2")
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        RecordHeaders relayed = new RecordHeaders();
        CloudEventHeaders.write(relayed, CloudEventHeaders.read(headers));

        CloudEventHeaders.Envelope envelope = CloudEventHeaders.read(headers);
        assertThat(envelope.id()).isEqualTo("id-2");
        assertThat(envelope.type()).isEqualTo(EventTypes.ceType(DecisionMade.class));
        assertThat(envelope.source()).isEqualTo("/onewindow/review-service");
        assertThat(envelope.subject()).isEqualTo("C-2");
        assertThat(envelope.time()).isBeforeOrEqualTo(OffsetDateTime.now());
        assertThat(headers).containsExactlyInAnyOrderElementsOf(relayed);
    }
}

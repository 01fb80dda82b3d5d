package org.onewindow.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Stream;
import org.onewindow.contracts.catalog.CalendarPublished;

import tools.jackson.databind.json.JsonMapper;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

class KafkaTestSupportTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String CALENDAR_TYPE = EventTypes.ceType(CalendarPublished.class);

    private static CalendarPublished year(int year, int version) {
        return new CalendarPublished(year, version, List.of(LocalDate.of(year, 1, 1)), List.of(),
                OffsetDateTime.parse("2025-12-01T01:00:00Z"));
    }

    private static String newTopic() {
        String topic = "test-support.events." + UUID.randomUUID();
        KafkaTestSupport.createTopic(topic, 1);
        return topic;
    }

    @Test
    void a_published_event_carries_the_relays_cloud_event_headers_and_its_json() {
        String topic = newTopic();
        CalendarPublished event = year(2031, 4);

        String ceId = KafkaTestSupport.publish(topic, event);

        ConsumerRecord<String, String> record = KafkaTestSupport.awaitEvents(topic, "2031", CalendarPublished.class, 1, WAIT)
                .getFirst();
        assertThat(record.key()).isEqualTo("2031");
        assertThat(KafkaTestSupport.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaTestSupport.header(record, "ce_id")).isEqualTo(ceId);
        assertThat(KafkaTestSupport.header(record, "ce_type")).isEqualTo("org.onewindow.catalog.CalendarPublished.v1");
        assertThat(KafkaTestSupport.header(record, "ce_source")).isEqualTo("/onewindow/catalog-service");
        assertThat(KafkaTestSupport.header(record, "ce_subject")).isEqualTo("2031");
        assertThat(OffsetDateTime.parse(KafkaTestSupport.header(record, "ce_time"))).isBeforeOrEqualTo(OffsetDateTime.now());
        assertThat(KafkaTestSupport.header(record, "content-type")).isEqualTo("application/json");
        assertThat(KafkaTestSupport.header(record, "traceparent")).isNull();
        assertThat(JsonMapper.builder().build().readValue(record.value(), CalendarPublished.class)).isEqualTo(event);
    }

    @Test
    void awaited_events_are_those_of_the_key_and_type_and_a_redelivery_keeps_its_id() {
        String topic = newTopic();
        String ceId = UUID.randomUUID().toString();
        KafkaTestSupport.publish(topic, year(2032, 1), ceId);
        KafkaTestSupport.publish(topic, year(2033, 1));
        KafkaTestSupport.send(topic, "2032", Map.of("ce_type", "org.onewindow.test.Other.v1"), "{}");
        KafkaTestSupport.publish(topic, year(2032, 1), ceId);

        List<ConsumerRecord<String, String>> events = KafkaTestSupport.awaitEvents(topic, "2032", CALENDAR_TYPE, 2, WAIT);
        List<ConsumerRecord<String, String>> keyed = KafkaTestSupport.awaitRecords(topic, "2032", 3, WAIT);

        assertThat(events).hasSize(2).allSatisfy(r -> assertThat(KafkaTestSupport.header(r, "ce_id")).isEqualTo(ceId));
        assertThat(keyed).extracting(r -> KafkaTestSupport.header(r, "ce_type"))
                .containsExactly(CALENDAR_TYPE, "org.onewindow.test.Other.v1", CALENDAR_TYPE);
    }

    @Test
    void too_few_events_fail_naming_what_was_awaited() {
        String topic = newTopic();
        KafkaTestSupport.publish(topic, year(2034, 1));

        assertThatThrownBy(() -> KafkaTestSupport.awaitEvents(topic, "2034", CALENDAR_TYPE, 2, Duration.ofSeconds(3)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("at least 2").hasMessageContaining("key 2034")
                .hasMessageContaining(CALENDAR_TYPE).hasMessageContaining("found 1");
    }

    @Test
    void headers_for_a_malformed_send_are_the_relays_and_mutable() {
        Map<String, String> headers = KafkaTestSupport.cloudEventHeaders("id-1", CalendarPublished.class, "2035");
        headers.remove("ce_id");

        assertThat(headers).containsOnlyKeys("ce_specversion", "ce_type", "ce_source", "ce_subject", "ce_time", "content-type")
                .containsEntry("ce_type", CALENDAR_TYPE).containsEntry("ce_subject", "2035");
        assertThat(KafkaTestSupport.producerSource(Stream.INTAKE_APPLICATIONS)).isEqualTo("/onewindow/intake-service");
        assertThat(KafkaTestSupport.producerSource(Stream.SUPERVISION_RECORDS)).isEqualTo("/onewindow/supervision-service");
    }

    @Test
    void raw_records_round_trip_through_the_shared_broker() {
        KafkaTestSupport.createTopic("test-support.raw", 2);
        KafkaTestSupport.send("test-support.raw", "k1", Map.of("ce_type", "x.v1"), "not json");

        List<ConsumerRecord<String, String>> records = KafkaTestSupport.readAll("test-support.raw", Duration.ofSeconds(20), 1);

        assertThat(records).hasSize(1);
        assertThat(records.getFirst().key()).isEqualTo("k1");
        assertThat(records.getFirst().value()).isEqualTo("not json");
        assertThat(new String(records.getFirst().headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)).isEqualTo("x.v1");
    }

    @Test
    void tokens_are_signed_with_the_published_key_and_carry_the_claims() throws Exception {
        String bearer = TestTokens.bearer("u-1", Set.of("REVIEWER", "CHECKER"), "D01", null);
        assertThat(bearer).startsWith("Bearer ");

        String pem = Files.readString(Path.of(URI.create(TestTokens.publicKeyPemLocation())));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        SignedJWT jwt = SignedJWT.parse(bearer.substring("Bearer ".length()));

        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("u-1");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("CHECKER", "REVIEWER");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("department")).isEqualTo("D01");
        assertThat(jwt.getJWTClaimsSet().getClaim("centre")).isNull();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("onewindow-test");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime()).isAfter(jwt.getJWTClaimsSet().getIssueTime());
    }
}

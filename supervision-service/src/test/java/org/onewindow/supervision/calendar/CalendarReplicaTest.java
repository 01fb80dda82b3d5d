package org.onewindow.supervision.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Stream;
import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.supervision.support.SupervisionIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class CalendarReplicaTest extends SupervisionIntegrationTest {

    @Autowired
    CalendarReplica replica;

    private String publish(CalendarPublished published) {
        String year = published.subject();
        String ceId = UUID.randomUUID().toString();
        KafkaTestSupport.send(topics.topic(Stream.CATALOG_CALENDAR), year,
                headers(ceId, EventTypes.ceType(CalendarPublished.class), year), JSON.writeValueAsString(published));
        return ceId;
    }

    @Test
    void a_published_year_is_counted_on_and_an_older_version_does_not_replace_it() {
        LocalDate localHoliday = LocalDate.parse("2031-03-05"); // a Wednesday
        List<String> ids = List.of(
                publish(new CalendarPublished(2031, 2, List.of(localHoliday), List.of(), OffsetDateTime.now())),
                publish(new CalendarPublished(2031, 1, List.of(), List.of(), OffsetDateTime.now())),
                publish(new CalendarPublished(2032, 1, List.of(), List.of(), OffsetDateTime.now())));

        await().atMost(WAIT).until(() -> jdbc.sql(
                        "select count(*) from inbox where consumer_group = 'supervision' and event_id in (:ids)")
                .param("ids", ids).query(Long.class).single() == 3);
        assertThat(replica.current().covers(LocalDate.parse("2032-01-01"))).isTrue();
        assertThat(replica.current().isWorkingDay(localHoliday)).isFalse();
        assertThat(jdbc.sql("select version from calendar_years where year = 2031").query(Integer.class).single())
                .isEqualTo(2);
    }

    @Test
    void an_invalid_calendar_goes_to_the_dead_letter_topic() {
        // 2033-03-07 is a Monday: listing it as an adjusted workday is a data error
        publish(new CalendarPublished(2033, 1, List.of(), List.of(LocalDate.parse("2033-03-07")), OffsetDateTime.now()));

        List<ConsumerRecord<String, String>> dead = KafkaTestSupport.readUntil(topics.deadLetterTopic("supervision"),
                WAIT, records -> records.stream().anyMatch(r -> "2033".equals(r.key())));
        assertThat(dead).extracting(ConsumerRecord::key).contains("2033");
        assertThat(replica.current().covers(LocalDate.parse("2033-01-01"))).isFalse();
    }
}

package org.onewindow.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.Stream;
import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.platform.clock.WorkingDayCalendar;
import org.onewindow.platform.messaging.MalformedEventException;
import org.onewindow.platform.messaging.TopicNames;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.OneWindowTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * The replica in a minimal service on the JVM's embedded PostgreSQL and Kafka. Each test uses its own years
 * (the context and its database are shared); 2025 and 2026 are shipped official years and never published here.
 */
@OneWindowTest
class CalendarReplicaTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    CalendarReplica replica;
    @Autowired
    TopicNames topics;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    private String publish(CalendarPublished published) {
        return KafkaTestSupport.publish(topics.topic(Stream.CATALOG_CALENDAR), published);
    }

    private long handled(List<String> ceIds) {
        return jdbc.sql("select count(*) from inbox where consumer_group = :group and event_id in (:ids)")
                .param("group", CalendarTestApplication.GROUP).param("ids", ceIds).query(Long.class).single();
    }

    private static CalendarPublished year(int year, int version, List<LocalDate> holidays, List<LocalDate> workdays) {
        return new CalendarPublished(year, version, holidays, workdays, OffsetDateTime.now());
    }

    @Test
    void a_consumed_year_is_counted_on_and_an_older_or_equal_version_does_not_replace_it() {
        LocalDate localHoliday = LocalDate.parse("2031-03-05"); // a Wednesday
        LocalDate otherHoliday = LocalDate.parse("2031-03-06");
        List<String> ids = List.of(
                publish(year(2031, 2, List.of(localHoliday), List.of())),
                publish(year(2031, 1, List.of(), List.of())),
                publish(year(2031, 2, List.of(otherHoliday), List.of())),
                publish(year(2032, 1, List.of(), List.of())));

        await().atMost(WAIT).until(() -> handled(ids) == 4);
        WorkingDayCalendar calendar = replica.current();
        assertThat(calendar.covers(LocalDate.parse("2032-01-01"))).isTrue();
        assertThat(calendar.isWorkingDay(localHoliday)).isFalse();
        assertThat(calendar.isWorkingDay(otherHoliday)).as("equal version ignored").isTrue();
        assertThat(calendar.year(2031).orElseThrow().version()).isEqualTo("catalog.calendar v2");
        assertThat(jdbc.sql("select version from platform_calendar_year where year = 2031").query(Integer.class).single())
                .isEqualTo(2);
    }

    @Test
    void a_newer_version_replaces_the_year() {
        LocalDate first = LocalDate.parse("2035-05-07"); // a Monday
        LocalDate second = LocalDate.parse("2035-05-08");
        replica.apply(year(2035, 1, List.of(first), List.of()));
        assertThat(replica.current().isWorkingDay(first)).isFalse();

        replica.apply(year(2035, 2, List.of(second), List.of()));

        assertThat(replica.current().isWorkingDay(first)).isTrue();
        assertThat(replica.current().isWorkingDay(second)).isFalse();
    }

    @Test
    void an_invalid_year_goes_straight_to_the_dead_letter_topic_and_is_never_stored() {
        // 2033-03-07 is a Monday: listing it as an adjusted workday is a data error
        publish(year(2033, 1, List.of(), List.of(LocalDate.parse("2033-03-07"))));

        ConsumerRecord<String, String> record = KafkaTestSupport.awaitRecords(
                topics.deadLetterTopic(CalendarTestApplication.GROUP), "2033", 1, WAIT).getFirst();
        assertThat(KafkaTestSupport.header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("calendar.workday-not-weekend");
        assertThat(replica.current().covers(LocalDate.parse("2033-01-01"))).isFalse();
        assertThat(jdbc.sql("select count(*) from platform_calendar_year where year = 2033").query(Long.class).single())
                .isZero();
    }

    @Test
    void a_year_outside_the_calendar_range_or_a_version_below_one_is_rejected_as_malformed() {
        assertThatThrownBy(() -> replica.apply(year(1800, 1, List.of(), List.of())))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("calendar.year-range");
        assertThatThrownBy(() -> replica.apply(year(2036, 0, List.of(), List.of())))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("version 0");
        assertThatThrownBy(() -> replica.apply(year(2036, 1, List.of(LocalDate.parse("2037-01-01")), List.of())))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("calendar.date-outside-year");
    }

    @Test
    void a_year_never_received_falls_back_to_the_official_calendar() {
        WorkingDayCalendar calendar = replica.current();

        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-01"))).as("国庆节 2026").isFalse();
        assertThat(calendar.year(2026).orElseThrow().version()).doesNotContain("catalog.calendar");
    }

    @Test
    void a_year_stored_by_another_instance_is_seen_once_the_cache_expires() {
        AtomicLong nanos = new AtomicLong();
        CalendarReplica otherInstance = new CalendarReplica(new CalendarYearTable(JdbcClient.create(dataSource)),
                Duration.ofSeconds(30), nanos::get);
        assertThat(otherInstance.current().covers(LocalDate.parse("2034-01-01"))).isFalse();

        replica.apply(year(2034, 1, List.of(), List.of()));
        nanos.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(otherInstance.current().covers(LocalDate.parse("2034-01-01"))).as("still cached").isFalse();
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());

        assertThat(otherInstance.current().covers(LocalDate.parse("2034-01-01"))).isTrue();
        assertThat(replica.current().covers(LocalDate.parse("2034-01-01"))).as("the applying instance at once").isTrue();
    }

    @Test
    void the_replica_table_migrates_from_its_own_flyway_location() {
        assertThat(jdbc.sql("select script from flyway_schema_history where version = '0.3'").query(String.class).single())
                .isEqualTo("V0_3__calendar_replica.sql");
    }
}
